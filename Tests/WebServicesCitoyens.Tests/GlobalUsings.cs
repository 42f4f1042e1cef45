global using NUnit.Framework;
global using WebServicesCitoyens.Tests.Infrastructure;
global using WebServicesCitoyens.Tests;

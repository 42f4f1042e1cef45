namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// Where the published artefacts are: the build copies Xsl/, Css/, Wsdl/ and the catalogue next to
/// the host's binaries, so the host serves exactly the committed files.
/// </summary>
public sealed record PlatformPaths(string Root)
{
    public string Catalogue => Path.Combine(Root, "Catalogue");
    public string Xsl => Path.Combine(Root, "Xsl");
    public string Css => Path.Combine(Root, "Css");
    public string Wsdl => Path.Combine(Root, "Wsdl");

    public static PlatformPaths NextToBinaries() => new(AppContext.BaseDirectory);
}

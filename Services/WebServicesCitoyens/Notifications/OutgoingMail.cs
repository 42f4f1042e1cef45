namespace WebServicesCitoyens.Notifications;

/// <summary>An e-mail to send: what it announces, to whom, and its French text.</summary>
public sealed record OutgoingMail(string Kind, string Recipient, string Subject, string BodyText);

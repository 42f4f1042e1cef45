namespace WebServicesCitoyens.Notifications;

/// <summary>
/// An e-mail to send: what it announces, to whom, and its French text; or, with <paramref name="MimeBody"/>,
/// a body prepared whole (a signed and encrypted S/MIME entity, base64), sent as is, the text then empty.
/// </summary>
public sealed record OutgoingMail(string Kind, string Recipient, string Subject, string BodyText, string? MimeBody = null);

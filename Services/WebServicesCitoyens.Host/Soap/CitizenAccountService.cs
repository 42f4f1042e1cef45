using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Host.Soap;

/// <summary>The citizen account service at /services/CitizenAccount.svc; requests reach it valid against Wsdl/CitizenAccount.xsd.</summary>
public sealed class CitizenAccountService(AccountService accounts, CitizenDossiers dossiers, ProfileService profiles, IHttpContextAccessor http,
    CitizenDocuments documents, CitizenExports exports) : ICitizenAccountService
{
    /// <summary>The caller's address, which login throttling counts failures by.</summary>
    private string Client => http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "inconnu";

    public Task<string> RegisterAsync(string Email, string Password) => accounts.RegisterAsync(Email, Password);

    public Task ConfirmEmailAsync(string Token) => accounts.ConfirmEmailAsync(Token);

    public async Task<Session> LoginAsync(string Email, string Password)
    {
        var token = await accounts.LoginAsync(Email, Password, Client);
        return new Session { SessionToken = token, ExpiresAt = DateTime.UtcNow + AccountService.SessionLifetime };
    }

    public Task LogoutAsync(string SessionToken) => accounts.LogoutAsync(SessionToken);

    public Task<string> RequestPasswordResetAsync(string Email) => accounts.RequestPasswordResetAsync(Email);

    public Task ResetPasswordAsync(string Token, string NewPassword) => accounts.ResetPasswordAsync(Token, NewPassword);

    public Task ChangePasswordAsync(string SessionToken, string CurrentPassword, string NewPassword) =>
        accounts.ChangePasswordAsync(SessionToken, CurrentPassword, NewPassword);

    public Task ChangeEmailAsync(string SessionToken, string NewEmail, string Password) => accounts.ChangeEmailAsync(SessionToken, NewEmail, Password);

    public Task ConfirmEmailChangeAsync(string Token) => accounts.ConfirmEmailChangeAsync(Token);

    public Task SetNotificationsAsync(string SessionToken, bool Steps, bool Messages) => accounts.SetNotificationsAsync(SessionToken, Steps, Messages);

    public Task DeleteAccountAsync(string SessionToken, string Password) => accounts.DeleteAccountAsync(SessionToken, Password);

    public async Task<Dashboard> GetDashboardAsync(string SessionToken) =>
        await dossiers.DashboardAsync(await accounts.AuthenticateAsync(SessionToken));

    public async Task<DashboardDossier> AttachDossierAsync(string SessionToken, string DossierNumber, string TrackingCode) =>
        await dossiers.AttachAsync(await accounts.AuthenticateAsync(SessionToken), DossierNumber, TrackingCode);

    public async Task<Profile> GetProfileAsync(string SessionToken)
    {
        var profile = await profiles.GetAsync(await accounts.AuthenticateAsync(SessionToken));
        var document = new System.Xml.XmlDocument();
        document.Load(profile.CreateReader());
        return new Profile { Fields = document.DocumentElement!.ChildNodes.OfType<System.Xml.XmlElement>().ToArray() };
    }

    public async Task SaveProfileAsync(string SessionToken, Profile Profile)
    {
        var citizen = await accounts.AuthenticateAsync(SessionToken);
        System.Xml.Linq.XNamespace cit = ContractNamespaces.Citizen;
        await profiles.SaveAsync(citizen, new System.Xml.Linq.XElement(cit + "Profile",
            Profile.Fields.Select(f => System.Xml.Linq.XElement.Parse(f.OuterXml))));
    }

    // ------------------------------------------------------------------ documents (the e-safe) and export

    public async Task<CitizenDocument> UploadDocumentAsync(string SessionToken, string FileName, byte[] Content) =>
        await documents.UploadAsync(await accounts.AuthenticateAsync(SessionToken), FileName, Content);

    public async Task<DocumentList> ListDocumentsAsync(string SessionToken) =>
        await documents.ListAsync(await accounts.AuthenticateAsync(SessionToken));

    public async Task<DocumentFile> GetDocumentAsync(string SessionToken, string DocumentId) =>
        await documents.GetAsync(await accounts.AuthenticateAsync(SessionToken), DocumentId);

    public async Task DeleteDocumentAsync(string SessionToken, string DocumentId) =>
        await documents.DeleteAsync(await accounts.AuthenticateAsync(SessionToken), DocumentId);

    public async Task<CitizenDocument> AttachDocumentAsync(string SessionToken, string DossierNumber, string FieldPath, string DocumentId) =>
        await documents.AttachAsync(await accounts.AuthenticateAsync(SessionToken), DossierNumber, FieldPath, DocumentId);

    public async Task<AccountExport> ExportDataAsync(string SessionToken) =>
        await exports.ExportAsync(await accounts.AuthenticateAsync(SessionToken));

    // ------------------------------------------------------------------ the commune's processing

    public async Task<DashboardDossier> AnswerCorrectionAsync(string SessionToken, string DossierNumber, string Answer) =>
        await dossiers.AnswerCorrectionAsync(await accounts.AuthenticateAsync(SessionToken), DossierNumber, Answer);

    public async Task<CommuneDocumentFile> GetGeneratedDocumentAsync(string SessionToken, string DossierNumber, string DocumentId) =>
        await dossiers.GeneratedDocumentAsync(await accounts.AuthenticateAsync(SessionToken), DossierNumber, DocumentId);

    // ------------------------------------------------------------------ feedback (seed 004)

    public async Task<DashboardDossier> RateDossierAsync(string SessionToken, string DossierNumber, int Rating, string? Comment = null,
        bool? Malfunction = null, string? MalfunctionDescription = null) =>
        await dossiers.RateAsync(await accounts.AuthenticateAsync(SessionToken), DossierNumber,
            new Feedback.RatingInput(Rating, Comment, Malfunction ?? false, MalfunctionDescription));
}

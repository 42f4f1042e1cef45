namespace WebServicesCitoyens.Accounts;

/// <summary>A citizen account as stored (the password hash never leaves the domain).</summary>
public sealed record Citizen(string Id, string Email, string? EmailConfirmedAt, string PasswordHash, string CreatedAt,
    long NotifySteps, long NotifyMessages)
{
    public bool IsConfirmed => EmailConfirmedAt is not null;
}

/// <summary>What an e-mailed link is for.</summary>
public enum LinkPurpose
{
    ConfirmEmail,
    ResetPassword,
    ChangeEmail,
}

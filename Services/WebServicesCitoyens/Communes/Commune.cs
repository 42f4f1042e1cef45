namespace WebServicesCitoyens.Communes;

/// <summary>
/// A commune that uses the platform, identified by its INSEE code. <see cref="DelaysPublic"/>: whether
/// its processing delays are published (the observatory, « Délai habituel » on its forms); the
/// commune's own choice, set through <see cref="CommuneStore.SetDelaysPublicAsync"/> only.
/// </summary>
public sealed record Commune(
    string Code,
    string Name,
    CommuneProfile Profile,
    string PrimaryColor,
    string SecondaryColor,
    string? LogoUrl,
    string? WebsiteUrl,
    string TimeZone,
    string? HeaderText = null,
    bool DelaysPublic = true)
{
    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
}

/// <summary>How a commune uses the platform (DESIGN.md vocabulary).</summary>
public enum CommuneProfile
{
    /// <summary>The catalogue sends citizens to the commune's own site.</summary>
    Redirect,
    /// <summary>The platform hosts the forms and forwards each dossier to the commune.</summary>
    HostedForms,
    /// <summary>Full processing on the platform.</summary>
    BackOffice,
}

/// <summary>Whether a commune offers a procedure to everyone or only for its own checks.</summary>
public enum OfferState
{
    /// <summary>Reachable only with the commune's preview key; its dossiers are marked as tests.</summary>
    Test,
    Online,
}

/// <summary>A procedure a commune offers: its state, and for a Redirect commune its own page for it.</summary>
public sealed record Offer(string ProcedureCode, OfferState State, string? RedirectUrl);

using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>Temporary protection of a person in a member state.</summary>
public sealed class ProtectionRegistration
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary>ISO 3166 alpha-2 member state, such as <c>NL</c> or <c>DE</c>.</summary>
    public required string MemberState { get; set; }

    /// <summary>First day of protection there.</summary>
    public LocalDate Since { get; set; }

    /// <summary>Last day, or <c>null</c> while it lasts.</summary>
    public LocalDate? Until { get; set; }
}

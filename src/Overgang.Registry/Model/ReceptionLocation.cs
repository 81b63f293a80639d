using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A reception location with its capacity in places and the period it is open.</summary>
public sealed class ReceptionLocation
{
    /// <summary>Natural key, such as <c>GM0363-L001</c>.</summary>
    public required string Id { get; set; }

    /// <summary>The municipality that runs it (or hosts it, for COA).</summary>
    public required string MunicipalityCode { get; set; }

    /// <summary>The name.</summary>
    public required string Name { get; set; }

    /// <summary><c>municipal</c>, <c>municipal-catering</c> or <c>coa</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>Capacity in places.</summary>
    public int Capacity { get; set; }

    /// <summary>First day open.</summary>
    public LocalDate Opened { get; set; }

    /// <summary>Last day open, or <c>null</c> while open.</summary>
    public LocalDate? Closed { get; set; }
}

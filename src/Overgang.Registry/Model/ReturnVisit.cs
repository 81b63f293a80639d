using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A recorded exploratory visit to Ukraine of a return-programme participant (002:850-860).</summary>
public sealed class ReturnVisit
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary>First day away.</summary>
    public LocalDate From { get; set; }

    /// <summary>Last day away.</summary>
    public LocalDate To { get; set; }
}

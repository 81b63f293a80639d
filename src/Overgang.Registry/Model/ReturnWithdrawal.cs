using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>The end of a person's participation in the return programme before departure (004:238-241).</summary>
public sealed class ReturnWithdrawal
{
    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary>The day participation ended.</summary>
    public LocalDate On { get; set; }

    /// <summary>Who ended it: <c>person</c>, <c>municipality</c>, <c>dtenv</c> or <c>ind</c>.</summary>
    public required string By { get; set; }
}

using System.Text.Json;

namespace Overgang.Web.Households;

/// <summary>What the last allowance run of the month stored for an allowance household.</summary>
/// <param name="Key">Payment key.</param>
/// <param name="RunId">The run.</param>
/// <param name="Outcome">The run's outcome.</param>
/// <param name="Allowance">Allowance, in euros.</param>
/// <param name="Contribution">Contribution, in euros.</param>
/// <param name="Explanation">The stored explanation.</param>
/// <param name="RunNumber">The run's number among the monthly runs ("month run 2").</param>
public sealed record StoredPaymentView(string Key, long RunId, string Outcome, decimal Allowance, decimal Contribution, JsonElement Explanation, int RunNumber = 0);

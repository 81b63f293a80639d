using NodaTime;
using Overgang.Rules;

namespace Overgang.Analysis.Reforms;

/// <summary>Allowance and own contribution of one municipality in one month.</summary>
/// <param name="Month">The month.</param>
/// <param name="MunicipalityCode">The municipality code.</param>
/// <param name="Households">Allowance households calculated.</param>
/// <param name="Allowance">Living allowance paid.</param>
/// <param name="Contribution">Own contribution levied.</param>
public sealed record MunicipalityMonth(YearMonth Month, string MunicipalityCode, int Households, Money Allowance, Money Contribution);

using NodaTime;
using Overgang.Rules.Parameters;

namespace Overgang.Cli.ParameterCatalogue;

/// <summary>One line of the parameter catalogue: a parameter and the value in force on the date.</summary>
internal sealed record ParameterCatalogueRow(ParameterDefinition Definition, ParameterValue? Value)
{
    public string Status => Value switch
    {
        null => "not yet in force",
        { IsUnknown: true } => "unknown",
        { IsProvisional: true } => "provisional",
        _ => "in force",
    };

    public string ValueText => Value switch
    {
        null or { IsUnknown: true } => "",
        _ when Definition.Unit is ParameterUnit.EurosPerMonth or ParameterUnit.Euros => Value.Amount.ToString(),
        _ => Value.Raw!,
    };

    public string UnitText => Definition.Unit switch
    {
        ParameterUnit.EurosPerMonth => "EUR/month",
        ParameterUnit.Percent => "percent",
        ParameterUnit.Count => "count",
        ParameterUnit.Years => "years",
        ParameterUnit.Months => "months",
        ParameterUnit.Days => "days",
        ParameterUnit.Date => "date",
        ParameterUnit.Regime => "regime",
        ParameterUnit.Euros => "EUR",
        _ => throw new ArgumentOutOfRangeException(nameof(Definition), Definition.Unit, null),
    };

    public static IReadOnlyList<ParameterCatalogueRow> On(ParameterTree parameters, LocalDate date) =>
        [.. parameters.Definitions.Select(d => new ParameterCatalogueRow(d, d.ValueOn(date)))];
}

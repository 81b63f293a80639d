using Overgang.Rules.Parameters;

namespace Overgang.Rules.Allowance;

/// <summary>A parameter read for one date: its value and citation, or why it is missing.</summary>
internal sealed class ResolvedParameter
{
    public ResolvedParameter(ParameterTree tree, string id, NodaTime.LocalDate date)
    {
        Id = id;
        if (tree.TryRead(id, date, out var value, out var missing))
        {
            Value = value;
            Cite = $"{tree.Cite(value)} [{id} from {value.From:yyyy-MM-dd}]";
        }
        else
        {
            Missing = missing;
            Cite = "";
        }
    }

    public string Id { get; }

    public ParameterValue? Value { get; }

    public MissingParameter? Missing { get; }

    public string Cite { get; }

    public Money Amount => Value!.Amount;

    public decimal Number => Value!.Number;

    public string Regime => Value!.Raw!;
}

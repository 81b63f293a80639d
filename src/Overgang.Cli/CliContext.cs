using NodaTime;
using Overgang.Rules.Parameters;

namespace Overgang.Cli;

/// <summary>What every command gets from its host: streams, the clock and the parameters.</summary>
/// <param name="Input">Standard input.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Clock">The clock; commands derive "today" from it in the Dutch time zone.</param>
/// <param name="Parameters">The parameter tree.</param>
/// <param name="Interactive">True when standard output is a terminal: progress bars are drawn live.</param>
internal sealed record CliContext(TextReader Input, TextWriter Output, TextWriter Error, IClock Clock, ParameterTree Parameters, bool Interactive = false)
{

    /// <summary>Today's date in the Netherlands.</summary>
    public LocalDate Today => Overgang.Rules.LegalDay.Today(Clock);
}

using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Overgang.Rules.Parameters;

/// <summary>
/// A named change to the parameter tree, read from a small YAML file of the same shape as the parameter files: the
/// analysis runs the unchanged rules on <see cref="ApplyTo"/>'s tree and compares it with the baseline.
/// </summary>
/// <remarks>
/// <para>Each change names a parameter of the baseline, a rationale, and values with a source. The values replace the
/// baseline's values from the first changed date on; baseline values dated earlier are kept (OpenFisca's
/// <c>update(period, value)</c>). A reform may add sources of its own; it cannot redefine a baseline source.</para>
/// <para>The file is input from an analyst, so a malformed file is an expected outcome: <see cref="TryParse"/> returns
/// a <see cref="ReformError"/> naming the file and line, with the same checks as the parameter files.</para>
/// </remarks>
/// <param name="Name">Short name of the reform, such as <c>cut-off-2026-03-01</c>.</param>
/// <param name="Title">One line saying what the reform does.</param>
/// <param name="Description">Why the reform is considered, and what it leaves unchanged.</param>
/// <param name="Changes">The replaced parameters, complete (baseline values before the change are kept in them).</param>
/// <param name="Rationales">The rationale of each change, by parameter id.</param>
/// <param name="ChangedFrom">The first changed date of each change, by parameter id: values from then on are the reform's.</param>
/// <param name="Sources">Sources the reform adds to the catalogue.</param>
public sealed record Reform(
    string Name,
    string Title,
    string Description,
    ImmutableArray<ParameterDefinition> Changes,
    ImmutableDictionary<string, string> Rationales,
    ImmutableDictionary<string, NodaTime.LocalDate> ChangedFrom,
    ImmutableArray<Source> Sources)
{
    /// <summary>A reform that changes nothing: the baseline compared with itself.</summary>
    public static Reform None { get; } = new("none", "No change", "The baseline parameters.", [], ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, NodaTime.LocalDate>.Empty, []);

    /// <summary>Reads a reform file against the baseline whose parameters it changes.</summary>
    public static bool TryParse(ParameterFile file, ParameterTree baseline, [NotNullWhen(true)] out Reform? reform, [NotNullWhen(false)] out ReformError? error)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(baseline);
        try
        {
            reform = ParameterLoader.ReadReform(file, baseline);
            error = null;
            return true;
        }
        catch (ParameterFileException e)
        {
            reform = null;
            error = new ReformError(e.File, e.Line, e.Problem);
            return false;
        }
    }

    /// <summary>The baseline with this reform's changes: the same rules run on it.</summary>
    public ParameterTree ApplyTo(ParameterTree baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return baseline.With(Changes, Sources);
    }
}

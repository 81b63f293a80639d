using System.Collections.Immutable;

namespace Overgang.Analysis.Monitor;

/// <summary>
/// A scores file for <c>overgang monitor score</c>: CSV with the header <c>domain,factor,indicator,score,justification</c>
/// (RFC 4180 quoting; lines starting with <c>#</c> and empty lines are skipped), one indicator a line.
/// </summary>
public static class ScoresFile
{
    /// <summary>The columns, in order.</summary>
    public static readonly ImmutableArray<string> Columns = ["domain", "factor", "indicator", "score", "justification"];

    /// <summary>Reads the lines of a scores file; the errors name the line (scores themselves are checked by <see cref="EnterScores"/>).</summary>
    public static (ImmutableArray<ScoreInput> Scores, ImmutableArray<ScoreError> Errors) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var scores = ImmutableArray.CreateBuilder<ScoreInput>();
        var errors = ImmutableArray.CreateBuilder<ScoreError>();
        var header = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = OfficialFigures.Fields(line);
            if (!header)
            {
                if (!fields.Select(f => f.Trim()).SequenceEqual(Columns, StringComparer.Ordinal))
                {
                    errors.Add(new ScoreError(i + 1, "header", $"the first line must be '{string.Join(',', Columns)}', not '{line}'"));
                    break;
                }

                header = true;
                continue;
            }

            if (fields.Count != Columns.Length)
            {
                errors.Add(new ScoreError(i + 1, "line", $"{fields.Count} fields; expected {Columns.Length} ({string.Join(',', Columns)})"));
                continue;
            }

            scores.Add(new ScoreInput(i + 1, fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim(), fields[4].Trim()));
        }

        if (!header && errors.Count == 0)
        {
            errors.Add(new ScoreError(1, "header", $"the file is empty: the first line must be '{string.Join(',', Columns)}'"));
        }

        return (scores.ToImmutable(), errors.ToImmutable());
    }
}

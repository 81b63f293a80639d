namespace Overgang.Analysis.Monitor;

/// <summary>One indicator score to enter, as read from a scores file, a form or an API body.</summary>
/// <param name="Line">The line of the scores file, or the row of the form or body (from 1).</param>
/// <param name="Domain">The domain id.</param>
/// <param name="Factor">The factor id.</param>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Score">The score as given (text, so that a malformed one can be named).</param>
/// <param name="Justification">Source and justification of the score.</param>
public sealed record ScoreInput(int Line, string Domain, string Factor, string Indicator, string Score, string Justification);

/// <summary>What is wrong with a scores file, form or body.</summary>
/// <param name="Line">The line or row (from 1), or 0 for the request as a whole.</param>
/// <param name="Field">The field: <c>score</c>, <c>indicator</c>, <c>justification</c>, <c>reason</c>, <c>period</c>, <c>version</c>, <c>header</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ScoreError(int Line, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"line {Line}, {Field}: {Message}" : $"{Field}: {Message}";
}

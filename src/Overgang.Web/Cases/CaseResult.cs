namespace Overgang.Web.Cases;

/// <summary>
/// What a case-work service answers: the value, or why not. Expected outcomes (unknown, outside the caller's scope,
/// invalid input, a stale version) are values; the endpoints turn them into status codes and the pages into text.
/// </summary>
/// <typeparam name="T">The value.</typeparam>
public abstract record CaseResult<T>
{
    private CaseResult()
    {
    }

    /// <summary>The value.</summary>
    /// <param name="Value">The value.</param>
    public sealed record Ok(T Value) : CaseResult<T>;

    /// <summary>No such record.</summary>
    public sealed record NotFound : CaseResult<T>;

    /// <summary>The record exists but lies outside the caller's role or scope.</summary>
    public sealed record Refused : CaseResult<T>;

    /// <summary>The input is not valid; <paramref name="Field"/> names the field.</summary>
    /// <param name="Field">The field, such as <c>incomes[0].amount</c>.</param>
    /// <param name="Message">What is wrong.</param>
    /// <param name="Code">The kind of problem, where the shared validation gives one (a page words it in its language).</param>
    public sealed record Invalid(string Field, string Message, string? Code = null) : CaseResult<T>
    {
        /// <summary>
        /// Every problem found, the first being <see cref="Field"/>'s (a form shows each beside its field at once); empty
        /// when only the one was looked for.
        /// </summary>
        public System.Collections.Immutable.ImmutableArray<Registry.Facts.Validation.FactError> All { get; init; } = [];
    }

    /// <summary>A change came without the version it was based on.</summary>
    public sealed record VersionRequired : CaseResult<T>;

    /// <summary>The record changed since the caller read it.</summary>
    /// <param name="CurrentVersion">The version now stored.</param>
    public sealed record Conflict(long CurrentVersion) : CaseResult<T>;
}

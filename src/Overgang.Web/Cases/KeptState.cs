using NodaTime;

namespace Overgang.Web.Cases;

/// <summary>What a kept result was computed on: the legal day, the registry's revision and, for a result that reads them, its activity.</summary>
/// <param name="Day">The legal day.</param>
/// <param name="Revision">The registry's revision.</param>
/// <param name="Activity">The registry's activity, or <c>null</c> for a result on the facts alone.</param>
internal readonly record struct KeptState(LocalDate Day, long Revision, long? Activity)
{
    /// <summary>
    /// Whether a result kept on this state is out of date now: another day or revision, or another activity for a result
    /// that reads it. (A result on the facts alone is not out of date when the activity changes, and a state read for
    /// one does not know the activity.)
    /// </summary>
    public bool Outdated(KeptState now) =>
        Day != now.Day || Revision != now.Revision || (Activity is { } then && now.Activity is { } current && then != current);
}

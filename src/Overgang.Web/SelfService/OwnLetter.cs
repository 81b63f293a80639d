using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Letters;
using Overgang.Registry;
using Overgang.Registry.Facts;
using Overgang.Registry.Model;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Web.SelfService;

/// <summary>
/// A person's decision letter from their latest stored decision: the decision is read as it was decided
/// (<see cref="StoredExplanations.Decision"/>), never made again, and worded by the letter composer in one language.
/// </summary>
/// <param name="Letter">The letter.</param>
/// <param name="Decision">The stored decision.</param>
/// <param name="Record">Its row.</param>
/// <param name="MadeOn">The day (Europe/Amsterdam) the decisions run that made it finished (or started), or <c>null</c> when unknown.</param>
internal sealed record OwnLetter(Letter Letter, TransitionDecision Decision, DecisionRecord Record, LocalDate? MadeOn)
{

    /// <summary>The letter of the person's latest decision, or <c>null</c> when there is none (or it predates the stored form).</summary>
    public static async Task<OwnLetter?> ComposeAsync(RegistryContext context, ParameterTree parameters, Person person, LetterLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var record = await context.Decisions.AsNoTracking().Where(d => d.PersonId == person.Id)
            .OrderByDescending(d => d.RunId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (record?.Stored is null || !TransitionSchedule.TryFor(parameters, record.Date, out var schedule, out _))
        {
            return null;
        }

        var run = await context.Runs.AsNoTracking().Where(r => r.Id == record.RunId)
            .Select(r => new { r.StartedAt, r.FinishedAt }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var madeOn = run is null ? (LocalDate?)null : Overgang.Rules.LegalDay.Of(run.FinishedAt ?? run.StartedAt);
        var decision = StoredExplanations.Decision(context, record);
        return new OwnLetter(LetterComposer.Compose(decision, FullName(person, language), schedule, language), decision, record, madeOn);
    }

    /// <summary>The person's name as the page and the letter show it: in Cyrillic on the Ukrainian page where stored.</summary>
    public static string FullName(Person person, LetterLanguage language)
    {
        ArgumentNullException.ThrowIfNull(person);
        return language == LetterLanguage.Ukrainian && person.GivenNameCyrillic is { Length: > 0 } given && person.FamilyNameCyrillic is { Length: > 0 } family
            ? Apostrophe(given + " " + family)
            : person.GivenName + " " + person.FamilyName;
    }

    /// <summary>The Ukrainian apostrophe (U+02BC) for the typewriter one in a stored Cyrillic name.</summary>
    public static string Apostrophe(string cyrillic) => cyrillic.Replace('\'', 'ʼ');
}

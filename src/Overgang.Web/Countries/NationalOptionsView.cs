using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Web.Countries;

/// <summary>A person's national options in the member states where they have (or had) protection, checked against their registrations, in the reader's language.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Date">The day of the check (today).</param>
/// <param name="Language">The language of the texts: <c>nl</c>, <c>uk</c> or <c>en</c>.</param>
/// <param name="Options">One entry per option, the protection member state's first.</param>
public sealed record NationalOptionsView(string PersonId, LocalDate Date, string Language, ImmutableArray<NationalOptionCheckView> Options);

/// <summary>One national option checked against a person's facts.</summary>
/// <param name="MemberState">ISO 3166-1 alpha-2.</param>
/// <param name="Option">The option's id, or <c>null</c> for a member state without a country package.</param>
/// <param name="Outcome"><c>eligible</c>, <c>not-eligible</c>, <c>unknown</c> or <c>decided-by-transition</c> (a Dutch option: see the decision).</param>
/// <param name="Steps">Why, in the reader's language; the first names the option, the member state and the outcome.</param>
public sealed record NationalOptionCheckView(string MemberState, string? Option, string Outcome, ImmutableArray<NationalOptionStep> Steps);

/// <summary>One step of the check.</summary>
/// <param name="Text">The step in the reader's language.</param>
/// <param name="Rule">The rule id.</param>
/// <param name="Reference">The sources, with the parameters used.</param>
/// <param name="Technical">The step as the rules word it in English, with ids and ISO dates (it names a parameter the sources do not give).</param>
public sealed record NationalOptionStep(string Text, string Rule, string Reference, string Technical);

using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Web.Quality;

/// <summary>A location's quality, target groups, inspections, complaints, conversions and occupancy per target group on a day.</summary>
/// <param name="LocationId">The location.</param>
/// <param name="LocationName">Its name.</param>
/// <param name="MunicipalityCode">The municipality that runs it.</param>
/// <param name="MunicipalityName">That municipality's name.</param>
/// <param name="Date">The day.</param>
/// <param name="Status">Against the mandatory (RooO) criteria: <c>meets</c>, <c>does-not-meet</c> or <c>not-fully-assessed</c>.</param>
/// <param name="AdditionalStatus">Against the additional (AEF, not mandatory) criteria, in the same codes.</param>
/// <param name="NotMet">The criteria not met.</param>
/// <param name="Criteria">Every criterion that applies on the day with its status.</param>
/// <param name="Tasks">Follow-up tasks for the criteria not met.</param>
/// <param name="TargetGroups">The target groups on the day and over time.</param>
/// <param name="Inspections">The inspections, latest first.</param>
/// <param name="Complaints">The complaints, latest first (texts only for callers who may read them).</param>
/// <param name="Conversions">Planned conversions of places into housing.</param>
/// <param name="Occupancy">Residents per target group.</param>
/// <param name="Explanation">The rules' explanation of the status, the tasks and the target groups.</param>
/// <param name="Refusal">Why the rules could not be applied on the day (a parameter without a value), or <c>null</c>.</param>
public sealed record LocationQuality(
    string LocationId, string LocationName, string MunicipalityCode, string MunicipalityName, LocalDate Date,
    string Status, string AdditionalStatus, ImmutableArray<string> NotMet, ImmutableArray<CriterionView> Criteria, ImmutableArray<FollowUpView> Tasks,
    TargetGroupsView TargetGroups, ImmutableArray<InspectionView> Inspections, ImmutableArray<ComplaintView> Complaints,
    ImmutableArray<ConversionView> Conversions, ImmutableArray<OccupancyView> Occupancy, ImmutableArray<ExplanationLine> Explanation, string? Refusal);

/// <summary>A criterion with its status.</summary>
/// <param name="Id">The criterion.</param>
/// <param name="Framework"><c>rooo</c> or <c>aef</c>.</param>
/// <param name="Mandatory">Whether the location must meet it.</param>
/// <param name="Dutch">The criterion in Dutch.</param>
/// <param name="Ukrainian">In Ukrainian.</param>
/// <param name="English">In English.</param>
/// <param name="Result"><c>met</c>, <c>not-met</c> or <c>not-assessed</c>.</param>
/// <param name="InspectedOn">The inspection the result comes from, or <c>null</c>.</param>
/// <param name="Reference">The source.</param>
public sealed record CriterionView(string Id, string Framework, bool Mandatory, string Dutch, string Ukrainian, string English, string Result, LocalDate? InspectedOn, string Reference);

/// <summary>A follow-up task.</summary>
/// <param name="Criterion">The criterion not met.</param>
/// <param name="Municipality">Who follows it up.</param>
/// <param name="InspectedOn">The inspection that found it.</param>
/// <param name="Due">When it is due.</param>
/// <param name="DueIsAssumption">Whether the term is the project's own assumption.</param>
public sealed record FollowUpView(string Criterion, string Municipality, LocalDate InspectedOn, LocalDate Due, bool DueIsAssumption);

/// <summary>The target groups on the day and the periods.</summary>
/// <param name="Scheme"><c>booo</c> or <c>target-group-flexible</c>, or <c>null</c> when the rules refused.</param>
/// <param name="MayHouse">The groups the location may house on the day.</param>
/// <param name="NotUnderScheme">Groups it is set up for that the scheme does not finance yet.</param>
/// <param name="Periods">Every period, earliest first.</param>
public sealed record TargetGroupsView(string? Scheme, ImmutableArray<string> MayHouse, ImmutableArray<string> NotUnderScheme, ImmutableArray<TargetGroupPeriodView> Periods);

/// <summary>A target-group period.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Group">The group.</param>
/// <param name="From">First day.</param>
/// <param name="Until">Last day, or <c>null</c>.</param>
public sealed record TargetGroupPeriodView(long Id, string Group, LocalDate From, LocalDate? Until);

/// <summary>An inspection.</summary>
/// <param name="Id">Its id.</param>
/// <param name="InspectedOn">The day.</param>
/// <param name="Inspector">Who inspected.</param>
/// <param name="Notes">Notes, or <c>null</c>.</param>
/// <param name="Findings">Per criterion.</param>
public sealed record InspectionView(long Id, LocalDate InspectedOn, string Inspector, string? Notes, ImmutableArray<FindingView> Findings);

/// <summary>A finding.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Result"><c>met</c>, <c>not-met</c> or <c>not-assessed</c>.</param>
public sealed record FindingView(string Criterion, string Result);

/// <summary>A complaint and its handling.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Reference">The municipality's reference.</param>
/// <param name="ReceivedOn">Received.</param>
/// <param name="Category">What it is about.</param>
/// <param name="Language">The language it was made in.</param>
/// <param name="Text">The text (personal data; <c>null</c> for callers who may not read it).</param>
/// <param name="Status"><c>received</c>, <c>acknowledged</c> or <c>decided</c>.</param>
/// <param name="AcknowledgedOn">Acknowledged, or <c>null</c>.</param>
/// <param name="DecidedOn">Decided, or <c>null</c>.</param>
/// <param name="Outcome">The outcome once decided.</param>
/// <param name="Version">Send it in If-Match to change the status.</param>
public sealed record ComplaintView(long Id, string Reference, LocalDate ReceivedOn, string Category, string Language, string? Text, string Status, LocalDate? AcknowledgedOn, LocalDate? DecidedOn, string? Outcome, long Version);

/// <summary>A planned conversion of places into housing.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Places">Places.</param>
/// <param name="PlannedOn">Planned day.</param>
/// <param name="DoneOn">Done, or <c>null</c>.</param>
/// <param name="Version">Send it in If-Match to record it done.</param>
public sealed record ConversionView(long Id, int Places, LocalDate PlannedOn, LocalDate? DoneOn, long Version);

/// <summary>Residents of a target group on a day.</summary>
/// <param name="Group">The group.</param>
/// <param name="Date">The day counted.</param>
/// <param name="Residents">Residents.</param>
/// <param name="Source"><c>placements</c> (displaced people, from the registry) or <c>reported</c>.</param>
public sealed record OccupancyView(string Group, LocalDate Date, int Residents, string Source);

/// <summary>One step of the rules' explanation.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Reference">Its source.</param>
/// <param name="Text">What it did.</param>
public sealed record ExplanationLine(string Rule, string Reference, string Text)
{
    /// <summary>The step as the rules gave it, so that a page shows it in its language (not part of the API's answer).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Overgang.Rules.Explanations.ExplanationItem? Step { get; init; }

    /// <summary>A line of a rule's step.</summary>
    public static ExplanationLine Of(Overgang.Rules.Explanations.ExplanationItem step) => new(step.Rule, step.Reference, step.Text) { Step = step };
}

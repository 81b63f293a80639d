using System.Collections.Frozen;
using Overgang.Rules.Transition;

namespace Overgang.Rules.ReturnProgramme;

/// <summary>The codes of the return programme as the registry, the CSV files and the API write them.</summary>
public static class ReturnNames
{
    /// <summary>Package components by code.</summary>
    public static FrozenDictionary<string, PackageComponent> PackageComponents { get; } = new Dictionary<string, PackageComponent>(StringComparer.Ordinal)
    {
        ["travel-ticket"] = PackageComponent.TravelTicket,
        ["cash-contribution"] = PackageComponent.CashContribution,
        ["in-kind-reintegration"] = PackageComponent.InKindReintegration,
        ["documentation"] = PackageComponent.Documentation,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Course kinds by code.</summary>
    public static FrozenDictionary<string, CourseKind> CourseKinds { get; } = new Dictionary<string, CourseKind>(StringComparer.Ordinal)
    {
        ["reconstruction"] = CourseKind.Reconstruction,
        ["skills"] = CourseKind.Skills,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Who may end participation, by code.</summary>
    public static FrozenDictionary<string, ActionOwner> WithdrawnBy { get; } = new Dictionary<string, ActionOwner>(StringComparer.Ordinal)
    {
        ["person"] = ActionOwner.Person,
        ["municipality"] = ActionOwner.Municipality,
        ["dtenv"] = ActionOwner.DTenV,
        ["ind"] = ActionOwner.Ind,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The code of a package component.</summary>
    public static string Of(PackageComponent component) => PackageComponents.First(p => p.Value == component).Key;

    /// <summary>The code of a course kind.</summary>
    public static string Of(CourseKind kind) => kind == CourseKind.Reconstruction ? "reconstruction" : "skills";

    /// <summary>The code of a stage.</summary>
    public static string Of(ReturnStage stage) => stage switch
    {
        ReturnStage.Enrolled => "enrolled",
        ReturnStage.DateToBeAgreed => "date-to-be-agreed",
        ReturnStage.AgreedDatePassed => "agreed-date-passed",
        ReturnStage.Withdrawn => "withdrawn",
        ReturnStage.Departed => "departed",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    /// <summary>The code of a step.</summary>
    public static string Of(ReturnStepKind kind) => kind switch
    {
        ReturnStepKind.SignCommitment => "sign-commitment",
        ReturnStepKind.AgreeDepartureDate => "agree-departure-date",
        ReturnStepKind.ProvideReceptionUntilDeparture => "provide-reception-until-departure",
        ReturnStepKind.Depart => "depart",
        ReturnStepKind.FollowUpMissedDeparture => "follow-up-missed-departure",
        ReturnStepKind.EndReturnProvisions => "end-return-provisions",
        ReturnStepKind.RedecidePath => "redecide-path",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Package components from a comma-separated list of codes; unknown codes are skipped (the importers validate).</summary>
    public static System.Collections.Immutable.ImmutableArray<PackageComponent> ParsePackage(string? codes) =>
        string.IsNullOrWhiteSpace(codes)
            ? []
            : [.. codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(PackageComponents.ContainsKey).Select(c => PackageComponents[c]).Distinct()];
}

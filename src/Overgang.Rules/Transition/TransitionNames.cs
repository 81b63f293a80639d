using System.Collections.Frozen;

namespace Overgang.Rules.Transition;

/// <summary>The contract names (docs/contracts/cli-json.md) of the transition enums, both ways.</summary>
/// <remarks>One table per enum, so that readers, writers, facts and letters cannot drift apart.</remarks>
public static class TransitionNames
{
    /// <summary><c>ukrainianResidence</c> values.</summary>
    public static readonly FrozenDictionary<string, UkrainianResidence> Residences = new Dictionary<string, UkrainianResidence>(StringComparer.Ordinal)
    {
        ["citizen"] = UkrainianResidence.Citizen,
        ["permanent"] = UkrainianResidence.Permanent,
        ["temporary"] = UkrainianResidence.Temporary,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary><c>asylumApplication</c> values.</summary>
    public static readonly FrozenDictionary<string, AsylumApplication> AsylumApplications = new Dictionary<string, AsylumApplication>(StringComparer.Ordinal)
    {
        ["pending"] = AsylumApplication.Pending,
        ["withdrawn"] = AsylumApplication.Withdrawn,
        ["none"] = AsylumApplication.None,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary><c>publicOrderCheck</c> values.</summary>
    public static readonly FrozenDictionary<string, PublicOrderCheck> PublicOrderChecks = new Dictionary<string, PublicOrderCheck>(StringComparer.Ordinal)
    {
        ["passed"] = PublicOrderCheck.Passed,
        ["failed"] = PublicOrderCheck.Failed,
        ["pending"] = PublicOrderCheck.Pending,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary><c>otherPermit.kind</c> values.</summary>
    public static readonly FrozenDictionary<string, PermitKind> PermitKinds = new Dictionary<string, PermitKind>(StringComparer.Ordinal)
    {
        ["work"] = PermitKind.Work,
        ["study"] = PermitKind.Study,
        ["family"] = PermitKind.Family,
        ["research"] = PermitKind.Research,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Transition paths by their contract name (<c>not-entitled</c>, ..., <c>asylum-procedure</c>).</summary>
    public static readonly FrozenDictionary<string, TransitionPath> Paths = Enum.GetValues<TransitionPath>().ToFrozenDictionary(Of, StringComparer.Ordinal);

    /// <summary>The contract name of a path.</summary>
    public static string Of(TransitionPath path) => path switch
    {
        TransitionPath.NotEntitled => "not-entitled",
        TransitionPath.ProtectionEnded => "protection-ended",
        TransitionPath.OtherStatus => "other-status",
        TransitionPath.ReturnProgramme => "return-programme",
        TransitionPath.TransitionDocument => "transition-document",
        TransitionPath.AsylumProcedure => "asylum-procedure",
        _ => throw new ArgumentOutOfRangeException(nameof(path)),
    };

    /// <summary>The contract name of an owner.</summary>
    public static string Of(ActionOwner owner) => owner switch
    {
        ActionOwner.Person => "person",
        ActionOwner.Ind => "ind",
        ActionOwner.Municipality => "municipality",
        ActionOwner.Insurer => "insurer",
        ActionOwner.DTenV => "dtenv",
        _ => throw new ArgumentOutOfRangeException(nameof(owner)),
    };

    /// <summary>The contract name of a single flag.</summary>
    public static string Of(ReviewFlags flag) => flag switch
    {
        ReviewFlags.MedicalTreatment => "medical-treatment",
        ReviewFlags.SchoolAgeChild => "school-age-child",
        ReviewFlags.UnaccompaniedMinor => "unaccompanied-minor",
        ReviewFlags.MultipleRegistration => "multiple-registration",
        ReviewFlags.SplitHousehold => "split-household",
        ReviewFlags.ProvisionalParameter => "provisional-parameter",
        _ => throw new ArgumentOutOfRangeException(nameof(flag)),
    };

    /// <summary>The single flags in their fixed output order.</summary>
    public static readonly IReadOnlyList<ReviewFlags> FlagOrder =
    [
        ReviewFlags.MedicalTreatment, ReviewFlags.SchoolAgeChild, ReviewFlags.UnaccompaniedMinor,
        ReviewFlags.MultipleRegistration, ReviewFlags.SplitHousehold, ReviewFlags.ProvisionalParameter,
    ];

    /// <summary>The contract name of an asylum-application state.</summary>
    public static string Of(AsylumApplication value) => value switch
    {
        AsylumApplication.Pending => "pending",
        AsylumApplication.Withdrawn => "withdrawn",
        AsylumApplication.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    /// <summary>The contract name of a public-order check outcome.</summary>
    public static string Of(PublicOrderCheck value) => value switch
    {
        PublicOrderCheck.Passed => "passed",
        PublicOrderCheck.Failed => "failed",
        PublicOrderCheck.Pending => "pending",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    /// <summary>The contract name of a residence tie.</summary>
    public static string Of(UkrainianResidence value) => value switch
    {
        UkrainianResidence.Citizen => "citizen",
        UkrainianResidence.Permanent => "permanent",
        UkrainianResidence.Temporary => "temporary",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    /// <summary>The contract name of a permit kind.</summary>
    public static string Of(PermitKind value) => value switch
    {
        PermitKind.Work => "work",
        PermitKind.Study => "study",
        PermitKind.Family => "family",
        PermitKind.Research => "research",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };
}

using System.Collections.Frozen;
using Overgang.Rules.Transition;

namespace Overgang.Registry.Stays;

/// <summary>The stored codes of the kinds of transitional stay: <c>medical-treatment</c> and <c>school-year</c>.</summary>
public static class StayKinds
{
    /// <summary>A stay for medical treatment.</summary>
    public const string MedicalTreatment = "medical-treatment";

    /// <summary>A stay to complete the school year.</summary>
    public const string SchoolYear = "school-year";

    /// <summary>Every code with its kind.</summary>
    public static FrozenDictionary<string, StayKind> ByCode { get; } = new Dictionary<string, StayKind>(StringComparer.Ordinal)
    {
        [MedicalTreatment] = StayKind.MedicalTreatment,
        [SchoolYear] = StayKind.SchoolYear,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The code of a kind.</summary>
    public static string Code(StayKind kind) => kind == StayKind.SchoolYear ? SchoolYear : MedicalTreatment;
}

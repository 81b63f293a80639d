using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using Overgang.Rules.ReturnProgramme;
using Overgang.Rules.Transition;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Overgang.Rules.Tests.Transition;

/// <summary>One scenario file under Scenarios/transition: a date, persons and the expected decision per person.</summary>
internal sealed class ScenarioModel
{
    private static readonly IDeserializer _yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Scenarios", "transition");

    public string Name { get; set; } = "";

    public string Date { get; set; } = "";

    public List<PersonModel> Persons { get; set; } = [];

    public List<ExpectationModel> Expected { get; set; } = [];

    public LocalDate DecisionDate => ParseDate(Date);

    public static ScenarioModel Load(string file) =>
        _yaml.Deserialize<ScenarioModel>(File.ReadAllText(Path.Combine(Directory, file + ".yaml")));

    public static LocalDate ParseDate(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    public static LocalDate? ParseOptionalDate(string? text) => string.IsNullOrEmpty(text) || text == "null" ? null : ParseDate(text);

    public ImmutableArray<TransitionFacts> Facts() => [.. Persons.Select(p => p.ToFacts())];
}

internal sealed class PersonModel
{
    public string Id { get; set; } = "";

    public string BirthDate { get; set; } = "";

    public string? Nationality { get; set; }

    public string UkrainianResidence { get; set; } = "";

    public RegistrationModel Protection { get; set; } = new();

    public List<RegistrationModel> OtherProtection { get; set; } = [];

    public string AsylumApplication { get; set; } = "";

    public string? AsylumWithdrawnOn { get; set; }

    public bool ObjectionPending { get; set; }

    public string PublicOrderCheck { get; set; } = "";

    public ReturnModel? ReturnProgramme { get; set; }

    public PermitModel? OtherPermit { get; set; }

    public bool MedicalTreatment { get; set; }

    public string? HouseholdId { get; set; }

    public StayModel? TransitionalStay { get; set; }

    public TransitionFacts ToFacts() => new(
        Id,
        ScenarioModel.ParseDate(BirthDate),
        TransitionNames.Residences[UkrainianResidence],
        Protection.ToRegistration(),
        [.. OtherProtection.Select(r => r.ToRegistration())],
        TransitionNames.AsylumApplications[AsylumApplication],
        ScenarioModel.ParseOptionalDate(AsylumWithdrawnOn),
        ObjectionPending,
        TransitionNames.PublicOrderChecks[PublicOrderCheck],
        ReturnProgramme?.ToCommitment(),
        OtherPermit is null ? null : new OtherPermit(TransitionNames.PermitKinds[OtherPermit.Kind], ScenarioModel.ParseOptionalDate(OtherPermit.ValidUntil)),
        MedicalTreatment,
        HouseholdId,
        TransitionalStay is null ? null : new TransitionalStay(
            TransitionalStay.Kind == "school-year" ? StayKind.SchoolYear : StayKind.MedicalTreatment,
            ScenarioModel.ParseDate(TransitionalStay.From),
            ScenarioModel.ParseDate(TransitionalStay.Until)));
}

internal sealed class StayModel
{
    public string Kind { get; set; } = "";

    public string From { get; set; } = "";

    public string Until { get; set; } = "";
}

internal sealed class StayExpectationModel
{
    public bool Granted { get; set; }

    public string Until { get; set; } = "";

    public string? ReviewDue { get; set; }
}

internal sealed class RegistrationModel
{
    public string MemberState { get; set; } = "";

    public string Since { get; set; } = "";

    public string? Until { get; set; }

    public Registration ToRegistration() => new(MemberState, ScenarioModel.ParseDate(Since)) { Until = Until is null ? null : ScenarioModel.ParseDate(Until) };
}

internal sealed class ReturnModel
{
    public bool CommitmentSigned { get; set; }

    public string? DepartureDate { get; set; }

    public string? EnrolledOn { get; set; }

    public List<PeriodModel> Visits { get; set; } = [];

    public List<CourseModel> Courses { get; set; } = [];

    public WithdrawalModel? Withdrawal { get; set; }

    public string? DepartedOn { get; set; }

    public List<string> Package { get; set; } = [];

    public ReturnCommitment ToCommitment() => new(
        CommitmentSigned,
        ScenarioModel.ParseOptionalDate(DepartureDate),
        ScenarioModel.ParseOptionalDate(EnrolledOn),
        [.. Visits.Select(v => v.ToVisit())],
        [.. Courses.Select(c => new ReturnCourse(ReturnNames.CourseKinds[c.Kind], ScenarioModel.ParseDate(c.From), ScenarioModel.ParseDate(c.To)))],
        Withdrawal is null ? null : new ReturnWithdrawal(ScenarioModel.ParseDate(Withdrawal.On), ReturnNames.WithdrawnBy[Withdrawal.By]),
        ScenarioModel.ParseOptionalDate(DepartedOn),
        [.. Package.Select(p => ReturnNames.PackageComponents[p])]);
}

internal sealed class PeriodModel
{
    public string From { get; set; } = "";

    public string To { get; set; } = "";

    public ExploratoryVisit ToVisit() => new(ScenarioModel.ParseDate(From), ScenarioModel.ParseDate(To));
}

internal sealed class CourseModel
{
    public string Kind { get; set; } = "";

    public string From { get; set; } = "";

    public string To { get; set; } = "";
}

internal sealed class WithdrawalModel
{
    public string On { get; set; } = "";

    public string By { get; set; } = "";
}

internal sealed class PermitModel
{
    public string Kind { get; set; } = "";

    public string? ValidUntil { get; set; }
}

internal sealed class ExpectationModel
{
    public string Id { get; set; } = "";

    public string Path { get; set; } = "";

    public string Status { get; set; } = "";

    public string? ValidFrom { get; set; }

    public string? ValidUntil { get; set; }

    public List<string> Flags { get; set; } = [];

    public List<string> ActionOwners { get; set; } = [];

    public List<string>? TaskOwners { get; set; }

    public List<string>? TaskDomains { get; set; }

    public Dictionary<string, bool>? Reasons { get; set; }

    public List<string>? TaskDues { get; set; }

    public StayExpectationModel? Stay { get; set; }
}

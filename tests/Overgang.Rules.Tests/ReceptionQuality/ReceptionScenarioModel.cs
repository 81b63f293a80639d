using NodaTime;
using NodaTime.Text;
using Overgang.Rules.ReceptionQuality;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Overgang.Rules.Tests.ReceptionQuality;

/// <summary>One scenario file under Scenarios/reception: either findings with the expected quality, or target-group periods with the expected groups per day.</summary>
internal sealed class ReceptionScenarioModel
{
    private static readonly IDeserializer _yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Scenarios", "reception");

    public string Name { get; set; } = "";

    public string? Date { get; set; }

    public string Municipality { get; set; } = "";

    public List<FindingModel>? Findings { get; set; }

    public QualityExpectation? Expected { get; set; }

    public List<PeriodModel>? Periods { get; set; }

    public List<DayModel>? Days { get; set; }

    public static ReceptionScenarioModel Load(string file) =>
        _yaml.Deserialize<ReceptionScenarioModel>(File.ReadAllText(Path.Combine(Directory, file + ".yaml")));

    public static LocalDate ParseDate(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}

internal sealed class FindingModel
{
    public string Criterion { get; set; } = "";

    public string Result { get; set; } = "";

    public string On { get; set; } = "";

    public QualityFinding ToFinding() => new(Criterion, QualityNames.Finding(Result) ?? throw new InvalidDataException("finding " + Result), ReceptionScenarioModel.ParseDate(On));
}

internal sealed class QualityExpectation
{
    public string Status { get; set; } = "";

    public string Additional { get; set; } = "";

    public List<string> NotMet { get; set; } = [];

    public Dictionary<string, string> Criteria { get; set; } = [];

    public List<TaskModel> Tasks { get; set; } = [];
}

internal sealed class TaskModel
{
    public string Criterion { get; set; } = "";

    public string Municipality { get; set; } = "";

    public string Due { get; set; } = "";

    public bool Assumption { get; set; }
}

internal sealed class PeriodModel
{
    public string Group { get; set; } = "";

    public string From { get; set; } = "";

    public string? Until { get; set; }

    public TargetGroupPeriod ToPeriod() => new(
        QualityNames.TargetGroup(Group) ?? throw new InvalidDataException("group " + Group),
        ReceptionScenarioModel.ParseDate(From),
        Until is null ? null : ReceptionScenarioModel.ParseDate(Until));
}

internal sealed class DayModel
{
    public string Day { get; set; } = "";

    public string? Scheme { get; set; }

    public List<string> MayHouse { get; set; } = [];

    public List<string> NotUnderScheme { get; set; } = [];

    public string? Refused { get; set; }
}

using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Decide;

public sealed class DecideCommandTests
{
    [Theory]
    [InlineData("contract-example")]
    [InlineData("every-path")]
    public void Decide_ValidDocument_WritesTheApprovedDecisions(string name)
    {
        // Given
        var input = CliRun.Input($"Decide/{name}.json");

        // When
        var (exit, output, error) = CliRun.Of("", "decide", "--input", input);

        // Then
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Snapshot.Match(output, "Decide", $"{name}.json");
    }

    [Fact]
    public void Decide_FromStandardInput_GivesTheSameOutputAsFromAFile()
    {
        // Given
        var path = CliRun.Input("Decide/every-path.json");

        // When
        var fromFile = CliRun.Of("", "decide", "--input", path);
        var fromStdin = CliRun.Of(File.ReadAllText(path), "decide", "-");

        // Then
        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(fromFile.Output, fromStdin.Output);
    }

    [Theory]
    [InlineData("bad-enum", """{"date":"2027-03-04","persons":[{"id":"a","birthDate":"1980-01-01","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2022-04-02"},"asylumApplication":"pending","publicOrderCheck":"maybe"}]}""")]
    [InlineData("unknown-date", """{"date":"2024-12-31","persons":[{"id":"a","birthDate":"1980-01-01","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2022-04-02"},"asylumApplication":"pending","publicOrderCheck":"passed"}]}""")]
    public void Decide_InvalidDocument_WritesTheApprovedErrorAndExitsWith2(string name, string document)
    {
        // Given / When
        var (exit, output, error) = CliRun.Of(document, "decide", "-");

        // Then
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Snapshot.Match(error, "Decide", $"error-{name}.json");
    }

    [Theory]
    [InlineData("""{"persons":[]}""", "date")]
    [InlineData("""{"date":"2027-03-04","persons":[]}""", "persons")]
    [InlineData("""{"date":"2027-03-04","persons":[{"id":"a","birthDate":"1980-01-01","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2022-04-02"},"asylumApplication":"pending","publicOrderCheck":"passed"},{"id":"b","birthDate":"31-01-1980","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2022-04-02"},"asylumApplication":"pending","publicOrderCheck":"passed"}]}""", "persons[1].birthDate")]
    [InlineData("""{"date":"2027-03-04","persons":[{"id":"a","birthDate":"1980-01-01","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2027-03-05"},"asylumApplication":"pending","publicOrderCheck":"passed"}]}""", "persons[0].protection.since")]
    [InlineData("""{"date":"2027-03-04","persons":[{"id":"a","birthDate":"1980-01-01","ukrainianResidence":"citizen","protection":{"memberState":"NLD","since":"2022-04-02"},"asylumApplication":"pending","publicOrderCheck":"passed"}]}""", "persons[0].protection.memberState")]
    [InlineData("""{"date":"2027-03-04","persons":[{"id":"a","birthDate":"1980-01-01","ukrainianResidence":"citizen","asylumApplication":"pending","publicOrderCheck":"passed"}]}""", "persons[0].protection")]
    [InlineData("""{"date":"2027-03-04","persons":[{"id":"a","birthDate":"1980-01-01","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2022-04-02"},"asylumApplication":"pending","publicOrderCheck":"passed","returnProgramme":{"commitmentSigned":true,"departureDate":"2027-13-01"}}]}""", "persons[0].returnProgramme.departureDate")]
    [InlineData("""{"date":"2027-03-04","persons":[{"id":"a","birthDate":"1980-01-01","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2022-04-02"},"asylumApplication":"pending","publicOrderCheck":"passed","returnProgramme":{"departureDate":"2027-06-01"}}]}""", "persons[0].returnProgramme.commitmentSigned")]
    [InlineData("""{"date":"2027-03-04","persons":[{"id":"a","birthDate":"1980-01-01","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2022-04-02"},"asylumApplication":"pending","publicOrderCheck":"passed","otherPermit":{"kind":"holiday","validUntil":"2029-01-01"}}]}""", "persons[0].otherPermit.kind")]
    [InlineData("""{"date":"2027-03-04","persons":[{"id":"a","birthDate":"1980-01-01","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2022-04-02"},"otherProtection":[{"memberState":"NL","since":"2022-04-02"}],"asylumApplication":"pending","publicOrderCheck":"passed"}]}""", "persons[0].otherProtection[0].memberState")]
    [InlineData("""{"date":"2027-03-04","persons":[{"id":"a","birthDate":"1980-01-01","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2022-04-02"},"asylumApplication":"pending","publicOrderCheck":"passed","medicalTreatment":"yes"}]}""", "persons[0].medicalTreatment")]
    [InlineData("""{"date":"2027-03-04","persons":[{"id":"a","birthDate":"1980-01-01","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2022-04-02"},"asylumApplication":"pending","publicOrderCheck":"passed"},{"id":"a","birthDate":"1980-01-01","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2022-04-02"},"asylumApplication":"pending","publicOrderCheck":"passed"}]}""", "persons[1].id")]
    public void Decide_InvalidField_ExitsWith2NamingTheFieldAndWritesNothing(string document, string field)
    {
        // Given / When
        var (exit, output, error) = CliRun.Of(document, "decide", "-");

        // Then
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        using var json = System.Text.Json.JsonDocument.Parse(error);
        Assert.Equal(field, json.RootElement.GetProperty("field").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("error").GetString()));
    }

    [Theory]
    [InlineData("UA")]
    [InlineData("NG")]
    [InlineData(null)]
    public void Decide_TemporaryUkrainianResidence_IsDecidedOnTheResidenceWhateverTheNationality(string? nationality)
    {
        // Given: the contract defines "temporary" as a third-country national with temporary Ukrainian residence; the
        // nationality field does not overrule it (a copied example may still say UA)
        var nationalityField = nationality is null ? "" : $"\"nationality\":\"{nationality}\",";
        var document = "{\"date\":\"2027-03-04\",\"persons\":[{\"id\":\"a\",\"birthDate\":\"1980-01-01\"," + nationalityField
            + "\"ukrainianResidence\":\"temporary\",\"protection\":{\"memberState\":\"NL\",\"since\":\"2022-04-02\"},\"asylumApplication\":\"none\",\"publicOrderCheck\":\"passed\"}]}";

        // When
        var (exit, output, _) = CliRun.Of(document, "decide", "-");

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("\"path\": \"protection-ended\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_OtherRegistrationOutsideTheDirective_IsAcceptedAsMultipleRegistration()
    {
        // Given: Denmark does not apply the directive but registers displaced persons under its own law
        var document = """{"date":"2027-03-04","persons":[{"id":"a","birthDate":"1980-01-01","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2022-04-02"},"otherProtection":[{"memberState":"DK","since":"2023-01-10"}],"asylumApplication":"pending","publicOrderCheck":"passed"}]}""";

        // When
        var (exit, output, _) = CliRun.Of(document, "decide", "-");

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("\"path\": \"not-entitled\"", output, StringComparison.Ordinal);
        Assert.Contains("multiple-registration", output, StringComparison.Ordinal);
    }
}

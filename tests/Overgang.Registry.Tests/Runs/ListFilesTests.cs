using Overgang.Registry.Import;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;

namespace Overgang.Registry.Tests.Runs;

/// <summary>Regression tests of issue 12: the files the product writes cannot be forged, turned into formulas or placed elsewhere.</summary>
public sealed class ListFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("overgang-lists-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void PaymentList_HouseholdIdsWithSeparatorsFormulasTabsAndLineBreaks_StayOneTextCellEach()
    {
        // Given
        var payments = new List<PaymentRecord>
        {
            Payment("H3,9999.99,0.00,calculated"),
            Payment("=HYPERLINK(\"http://x\")"),
            Payment("\t=1+2"),
            Payment("\r=1+2"),
            Payment("H4\n9999.99"),
        };

        // When
        PaymentLists.Write(payments, new Dictionary<string, string> { ["GM0363"] = "Amsterdam" }, Path.Combine(_folder, "pay"));

        // Then
        var text = File.ReadAllText(Path.Combine(_folder, "pay", "GM0363.csv"));
        Assert.Equal(
            "household,members,allowance,contribution,outcome,provision,social_assistance_estimate\n"
            + "\"H3,9999.99,0.00,calculated\",1,-12.50,0.00,calculated,allowance,\n"
            + "\"'=HYPERLINK(\"\"http://x\"\")\",1,-12.50,0.00,calculated,allowance,\n"
            + "'\t=1+2,1,-12.50,0.00,calculated,allowance,\n"
            + "\"'\r=1+2\",1,-12.50,0.00,calculated,allowance,\n"
            + "\"H4\n9999.99\",1,-12.50,0.00,calculated,allowance,\n"
            + "total,5,-62.50,0.00,5 households,,0.00\n",
            text);
    }

    [Fact]
    public void PaymentList_MunicipalityCodeThatIsNotACode_WritesNoFile()
    {
        // Given
        var payments = new List<PaymentRecord> { Payment("H1", "../../pw") };
        var folder = Path.Combine(_folder, "a", "b", "pay");

        // When
        var refused = Record.Exception(() => PaymentLists.Write(payments, [], folder));

        // Then
        Assert.NotNull(refused);
        Assert.Contains("../../pw", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder, "*.csv", SearchOption.AllDirectories));
    }

    [Fact]
    public void RejectionReport_UnknownHeaderNameThatIsAFormula_IsWrittenAsText()
    {
        // Given
        var path = Path.Combine(_folder, "report.csv");

        // When
        RejectionReport.Write(path, [new ImportRejection(1, "=HYPERLINK(\"http://x\",\"y\")", "unknown column"), new ImportRejection(2, "@cmd", "-1+1")]);

        // Then
        Assert.Equal("line,field,reason\n1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",unknown column\n2,'@cmd,'-1+1\n", File.ReadAllText(path));
    }

    private static PaymentRecord Payment(string household, string municipality = "GM0363") => new()
    {
        RunId = 1,
        HouseholdId = household,
        MunicipalityCode = municipality,
        Members = 1,
        AllowanceCents = -1250,
        ContributionCents = 0,
        Outcome = "calculated",
        Explanation = "[]",
        Provision = "allowance",
    };
}

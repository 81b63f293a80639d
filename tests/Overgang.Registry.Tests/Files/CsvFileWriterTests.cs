using Overgang.Registry.Files;
using Overgang.Rules;

namespace Overgang.Registry.Tests.Files;

/// <summary>The one CSV writer (the cases of the former CsvCells tests, and numbers, tabs, CR and file names).</summary>
public sealed class CsvFileWriterTests
{
    [Theory]
    [InlineData("H0001#1", "H0001#1")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+31", "'+31")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("", "")]
    public void Text_QuotesAsRfc4180AndGuardsFormulas(string value, string cell) =>
        Assert.Equal(cell + "\n", CsvFileWriter.ToText(csv => csv.Text(value).EndRow()));

    [Fact]
    public void Row_JoinsCellsWithCommasAndEndsWithALineFeed() =>
        Assert.Equal("a,\"b,c\",1.00\n", CsvFileWriter.ToText(csv => csv.Text("a").Text("b,c").Number(new Money(100)).EndRow()));

    [Fact]
    public void Number_NegativeAmount_StaysANumber() =>
        Assert.Equal("-12.50,-3,-7.25,\n", CsvFileWriter.ToText(csv => csv.Number(new Money(-1250)).Number(-3).Number("-7.25").Number("").EndRow()));

    [Theory]
    [InlineData("-1+1")]
    [InlineData("=1")]
    [InlineData("1,5")]
    [InlineData("1.")]
    [InlineData("-")]
    [InlineData(" 1")]
    public void Number_ThatIsNotAPlainNumber_IsRefused(string value) =>
        Assert.Throws<ArgumentException>(() => CsvFileWriter.ToText(csv => csv.Number(value)));

    [Theory]
    [InlineData("-12.5", "-12.5")]
    [InlineData("42", "42")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("12.3%", "12.3%")]
    [InlineData("-12.3%", "'-12.3%")]
    public void Cell_NumbersStayNumbersAndTheRestIsGuardedText(string value, string cell) =>
        Assert.Equal(cell + "\n", CsvFileWriter.ToText(csv => csv.Cell(value).EndRow()));

    [Theory]
    [InlineData("../x")]
    [InlineData("GM0363/..")]
    [InlineData("")]
    [InlineData("GM036300X")]
    [InlineData("../../pw")]
    [InlineData("gm0363")]
    [InlineData("GM036")]
    public void FilePath_NotACode_IsRefused(string code) =>
        Assert.Throws<UnsafeFileNameException>(() => MunicipalityCode.FilePath(Path.GetTempPath(), code));

    [Fact]
    public void FilePath_CbsCode_IsInTheFolder() =>
        Assert.Equal(Path.Combine(Path.GetFullPath("/tmp/pay"), "GM0363-hand-over.csv"), MunicipalityCode.FilePath("/tmp/pay", "GM0363", "-hand-over"));
}

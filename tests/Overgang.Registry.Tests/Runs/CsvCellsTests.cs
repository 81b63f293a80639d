using System.Text;
using Overgang.Registry.Runs;

namespace Overgang.Registry.Tests.Runs;

public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("H0001#1", "H0001#1")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+31", "'+31")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("", "")]
    public void Text_QuotesAsRfc4180AndGuardsFormulas(string value, string cell) => Assert.Equal(cell, CsvCells.Text(value));

    [Fact]
    public void Line_JoinsCellsWithCommasAndEndsWithALineFeed()
    {
        var text = new StringBuilder();
        CsvCells.Line(text, "a", CsvCells.Text("b,c"), "1.00");
        Assert.Equal("a,\"b,c\",1.00\n", text.ToString());
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("GM0363/..")]
    [InlineData("")]
    [InlineData("GM036300X")]
    public void FileCode_NotLettersAndDigits_IsRefused(string code) => Assert.Throws<InvalidOperationException>(() => CsvCells.FileCode(code));

    [Fact]
    public void FileCode_CbsCode_IsKept() => Assert.Equal("GM0363", CsvCells.FileCode("GM0363"));
}

using Overgang.Letters;
using Overgang.Registry.Linkage;
using Overgang.Web.Components.Pages.Linkage;
using Overgang.Web.Linkage;

namespace Overgang.Web.Tests.Linkage;

public sealed class LinkPairDisplayTests
{
    [Theory]
    [InlineData("encoded", "agree", null, "Alleen versleuteld vergeleken: de versleutelde nummers zijn gelijk")]
    [InlineData("encoded", "disagree", null, "Alleen versleuteld vergeleken: de versleutelde nummers verschillen")]
    [InlineData("encoded", "missing", null, "Alleen versleuteld vergeleken: aan een of beide kanten niet meegestuurd")]
    [InlineData("clear", "missing", "K56", "Eindigt op K56")]
    [InlineData("clear", "missing", null, "Niet meegestuurd")]
    public void OtherDocument_SaysWhatIsKnown(string mode, string outcome, string? end, string expected)
    {
        var candidate = Candidate(mode, outcome, end);
        Assert.Equal(expected, LinkPairDisplay.OtherDocument(candidate, LetterLanguage.Dutch));
        Assert.Equal("Niet vastgelegd in het register", LinkPairDisplay.Rows(candidate, new Dictionary<string, (string?, string?)>(), LetterLanguage.Dutch).ElementAt(5).Left);
    }

    [Fact]
    public void OtherDocument_Ukrainian_Encoded()
    {
        Assert.Equal("Порівняно лише в зашифрованому вигляді: зашифровані номери однакові", LinkPairDisplay.OtherDocument(Candidate("encoded", "agree", null), LetterLanguage.Ukrainian));
    }

    [Fact]
    public void DocumentEnd_TakesTheLastThreeLettersOrDigits()
    {
        Assert.Equal("K56", LinkageRun.DocumentEnd("fp 12-3k56"));
        Assert.Equal("AB", LinkageRun.DocumentEnd("a-b"));
        Assert.Null(LinkageRun.DocumentEnd(" - "));
        Assert.Null(LinkageRun.DocumentEnd(null));
    }

    private static LinkCandidateView Candidate(string mode, string outcome, string? end) =>
        new(1, 0, "P1", "member-state", mode, "review", 0.9, LinkReview.Open,
            new LinkSide("NL", "Shevchenko", "Olena", "1985-03-07", "F", "UA", null, null),
            new LinkSide("PL", null, null, null, null, null, null, end),
            [new StoredEvidence("document-number", outcome == "agree" ? 1 : outcome == "disagree" ? 0 : -1, outcome, outcome, 0)]);
}

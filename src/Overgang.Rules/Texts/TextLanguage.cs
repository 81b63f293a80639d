namespace Overgang.Rules.Texts;

/// <summary>The languages the rules' texts are kept in; the order matches <c>Overgang.Letters.LetterLanguage</c>.</summary>
public enum TextLanguage
{
    /// <summary>Dutch (<c>nl</c>).</summary>
    Dutch,

    /// <summary>Ukrainian (<c>uk</c>).</summary>
    Ukrainian,

    /// <summary>English (<c>en</c>).</summary>
    English,
}

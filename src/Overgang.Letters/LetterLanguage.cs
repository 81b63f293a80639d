namespace Overgang.Letters;

/// <summary>The languages a decision letter is written in.</summary>
public enum LetterLanguage
{
    /// <summary>Dutch (<c>nl</c>).</summary>
    Dutch,

    /// <summary>Ukrainian (<c>uk</c>).</summary>
    Ukrainian,

    /// <summary>English (<c>en</c>).</summary>
    English,
}

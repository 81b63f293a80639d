using System.Collections.Immutable;

namespace Overgang.Letters;

/// <summary>A composed decision letter, in one language, ready to render: every text is final.</summary>
/// <param name="LanguageCode">ISO language code (<c>nl</c>, <c>uk</c>, <c>en</c>).</param>
/// <param name="Title">The heading, which is also the document title.</param>
/// <param name="DateLine">Place and date of the letter.</param>
/// <param name="Salutation">The greeting with the person's name.</param>
/// <param name="Intro">What was assessed and when.</param>
/// <param name="Sections">The sections in order: outcome, reasons, actions, what follows, review.</param>
/// <param name="Closing">The closing paragraph (how the letter was made, the parameter version).</param>
public sealed record Letter(
    string LanguageCode,
    string Title,
    string DateLine,
    string Salutation,
    string Intro,
    ImmutableArray<LetterSection> Sections,
    string Closing);

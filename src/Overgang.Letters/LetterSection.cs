using System.Collections.Immutable;

namespace Overgang.Letters;

/// <summary>A section of a letter: a heading, paragraphs and an optional list.</summary>
/// <param name="Heading">The heading.</param>
/// <param name="Paragraphs">Paragraphs before the list.</param>
/// <param name="Items">List items (reasons, actions, tasks); empty for none.</param>
public sealed record LetterSection(string Heading, ImmutableArray<string> Paragraphs, ImmutableArray<string> Items);

using System.Collections.Immutable;
using Overgang.Rules.Parameters;

namespace Overgang.Rules.Countries;

/// <summary>One member state's post-protection options as data: its own dated parameters and sources, and its options.</summary>
/// <param name="MemberState">ISO 3166-1 alpha-2 code, such as <c>PL</c>.</param>
/// <param name="Name">The member state's English name.</param>
/// <param name="Definitions">The package's own parameters (the Netherlands' package has none: it refers to the parameter tree).</param>
/// <param name="Sources">The package's own sources.</param>
/// <param name="Options">The options, in the package's order.</param>
public sealed record CountryPackage(
    string MemberState,
    string Name,
    ImmutableArray<ParameterDefinition> Definitions,
    ImmutableDictionary<string, Source> Sources,
    ImmutableArray<CountryOption> Options);

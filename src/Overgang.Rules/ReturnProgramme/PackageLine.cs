using Overgang.Rules.Parameters;

namespace Overgang.Rules.ReturnProgramme;

/// <summary>One component of a participant's return package with its amount.</summary>
/// <param name="Component">The component.</param>
/// <param name="Amount">The amount, or <c>null</c> when the component has no amount or the amount is unknown.</param>
/// <param name="Missing">The unknown amount's parameter, or <c>null</c>.</param>
public sealed record PackageLine(PackageComponent Component, Money? Amount, MissingParameter? Missing);

namespace Overgang.Registry.Population;

/// <summary>One figure the synthetic population is calibrated to, with where it comes from.</summary>
/// <param name="Id">A short stable name, e.g. <c>reception.municipal</c>.</param>
/// <param name="Description">What is measured, in words.</param>
/// <param name="Value">The target value in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit: <c>%</c> (share of the population named in the description).</param>
/// <param name="Tolerance">How far the generated value may be from the target for N = 20,000 and more, in the same unit.</param>
/// <param name="Source">The citation: file, date, metric and source lines (see <c>docs/population.md</c>).</param>
/// <param name="Published">True when the value is a published figure; false when it is our assumption (no figure exists).</param>
public sealed record CalibrationTarget(string Id, string Description, double Value, string Unit, double Tolerance, string Source, bool Published);

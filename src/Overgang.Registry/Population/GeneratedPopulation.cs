using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Registry.Population;

/// <summary>A population generated and loaded as it was made (<see cref="PopulationStore.Generate"/>): its size, calibration and load.</summary>
/// <param name="Seed">The seed it was generated with.</param>
/// <param name="Date">The date it describes.</param>
/// <param name="Persons">The number of persons.</param>
/// <param name="Households">The number of households.</param>
/// <param name="Locations">The number of reception locations.</param>
/// <param name="Summary">Every calibration target against the generated value, as <see cref="PopulationSummary.Compute"/> gives it.</param>
/// <param name="Load">Rows and time per table.</param>
public sealed record GeneratedPopulation(int Seed, LocalDate Date, int Persons, int Households, int Locations, ImmutableArray<SummaryRow> Summary, LoadReport Load);

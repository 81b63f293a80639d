using NodaTime;

namespace Overgang.Rules.ReturnProgramme;

/// <summary>The planning figure of potential return-programme participants in force on a day.</summary>
/// <param name="Date">The day it was read on.</param>
/// <param name="Participants">The number of potential participants.</param>
/// <param name="Reference">Its source, as a short citation.</param>
/// <param name="IsProvisional">Whether it is a planning assumption rather than a decided figure.</param>
public sealed record PlanningFigure(LocalDate Date, int Participants, string Reference, bool IsProvisional);

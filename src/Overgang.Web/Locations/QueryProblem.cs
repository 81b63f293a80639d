namespace Overgang.Web.Locations;

/// <summary>Why a request cannot be answered: the status, the field at fault, and a parameter unknown on a date.</summary>
internal sealed record QueryProblem(int Status, string Field, string Message, string? Parameter);

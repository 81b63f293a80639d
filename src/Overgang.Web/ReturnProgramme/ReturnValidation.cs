using NodaTime;
using NodaTime.Text;
using Overgang.Registry.Model;
using Overgang.Rules.ReturnProgramme;

namespace Overgang.Web.ReturnProgramme;

/// <summary>Checks a change of an enrolment before anything is stored; the first problem names its field.</summary>
internal static class ReturnValidation
{
    /// <summary>The first problem, or <c>null</c> when the change may be stored.</summary>
    public static (string Field, string Message)? Validate(EnrolmentChange change, ReturnCommitment? stored, Registry.Model.ReturnWithdrawal? withdrawal, ReturnDeparture? departure)
    {
        LocalDate? enrolledOn = stored?.EnrolledOn;
        if (change.Enrolment is { } enrolment)
        {
            if (Date(enrolment.EnrolledOn, "enrolment.enrolledOn", required: true, out var on) is { } bad)
            {
                return bad;
            }

            if (Date(enrolment.DepartureDate, "enrolment.departureDate", required: false, out var departs) is { } badDeparture)
            {
                return badDeparture;
            }

            if (departs < on)
            {
                return ("enrolment.departureDate", "the departure date must not be before the day of enrolment");
            }

            if (enrolment.Package?.FirstOrDefault(p => !ReturnNames.PackageComponents.ContainsKey(p)) is { } unknown)
            {
                return ("enrolment.package", $"'{unknown}' is not one of {string.Join(", ", ReturnNames.PackageComponents.Keys.Order(StringComparer.Ordinal))}");
            }

            enrolledOn = on;
        }
        else if (stored is null && (change.Visit ?? change.Course ?? change.Withdrawal ?? (object?)change.Departure) is not null)
        {
            return ("enrolment", "the person is not enrolled in the return programme: record the enrolment first");
        }

        if (change.Visit is { } visit && Period(visit.From, visit.To, "visit", enrolledOn) is { } badVisit)
        {
            return badVisit;
        }

        if (change.Course is { } course)
        {
            if (course.Kind is null || !ReturnNames.CourseKinds.ContainsKey(course.Kind))
            {
                return ("course.kind", "must be one of reconstruction, skills");
            }

            if (Period(course.From, course.To, "course", enrolledOn) is { } badCourse)
            {
                return badCourse;
            }
        }

        if (change.Withdrawal is { } withdrawn)
        {
            if (Date(withdrawn.On, "withdrawal.on", required: true, out var day) is { } bad)
            {
                return bad;
            }

            if (day < enrolledOn)
            {
                return ("withdrawal.on", "the day of withdrawal must not be before the day of enrolment");
            }

            if (withdrawn.By is null || !ReturnNames.WithdrawnBy.ContainsKey(withdrawn.By))
            {
                return ("withdrawal.by", "must be one of person, municipality, dtenv, ind");
            }

            if (departure is not null || change.Departure is not null)
            {
                return ("withdrawal.on", "the departure is confirmed: participation can no longer be withdrawn");
            }
        }

        if (change.Departure is { } departed)
        {
            if (Date(departed.On, "departure.on", required: true, out var day) is { } bad)
            {
                return bad;
            }

            if (day < enrolledOn)
            {
                return ("departure.on", "the day of departure must not be before the day of enrolment");
            }

            if (withdrawal is not null)
            {
                return ("departure.on", "participation was withdrawn: a departure within the programme cannot be confirmed");
            }
        }

        return null;
    }

    private static (string, string)? Period(string? from, string? to, string field, LocalDate? enrolledOn)
    {
        if (Date(from, field + ".from", required: true, out var first) is { } badFrom)
        {
            return badFrom;
        }

        if (Date(to, field + ".to", required: true, out var last) is { } badTo)
        {
            return badTo;
        }

        if (last < first)
        {
            return (field + ".to", "the last day must not be before the first day");
        }

        return first < enrolledOn ? (field + ".from", "the first day must not be before the day of enrolment") : null;
    }

    private static (string, string)? Date(string? text, string field, bool required, out LocalDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return required ? (field, "required") : null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (!parsed.Success)
        {
            return (field, $"'{text}' is not a date (YYYY-MM-DD)");
        }

        date = parsed.Value;
        return null;
    }
}

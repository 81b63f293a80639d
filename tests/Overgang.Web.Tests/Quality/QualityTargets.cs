using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Model;

namespace Overgang.Web.Tests;

/// <summary>A complaint and a planned conversion at a location that the API tests aim at, found or created (the demo draws them at random).</summary>
public static class QualityTargets
{
    public static (long ComplaintId, long ConversionId) Ensure(RegistryContext context, string locationId)
    {
        var reference = "SCOPE-" + locationId;
        var complaint = context.Complaints.AsNoTracking().SingleOrDefault(c => c.Reference == reference);
        if (complaint is null)
        {
            complaint = new LocationComplaint
            {
                Reference = reference, LocationId = locationId, ReceivedOn = new LocalDate(2026, 1, 5), Category = "housing", Language = "uk",
                Text = "Тестова скарга.", Status = "received", ChangedBy = "test", ChangedAt = Instant.FromUtc(2026, 1, 5, 9, 0), Version = 1,
            };
            context.Complaints.Add(complaint);
            context.SaveChanges();
        }

        var planned = new LocalDate(2031, 1, 1);
        var conversion = context.Conversions.AsNoTracking().SingleOrDefault(c => c.LocationId == locationId && c.PlannedOn == planned);
        if (conversion is null)
        {
            conversion = new LocationConversion { LocationId = locationId, Places = 1, PlannedOn = planned, Version = 1 };
            context.Conversions.Add(conversion);
            context.SaveChanges();
        }

        return (complaint.Id, conversion.Id);
    }
}

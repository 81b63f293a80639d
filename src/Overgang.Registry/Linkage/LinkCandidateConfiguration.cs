using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Overgang.Registry.Model;

namespace Overgang.Registry.Linkage;

/// <summary>The table of <see cref="LinkCandidate"/>: the review queue of record linkage.</summary>
/// <param name="ordinalCollation">The provider's byte-order collation (<see cref="RegistryContext.OrdinalCollation"/>), for the pair's key, the other person's id and the status.</param>
internal sealed class LinkCandidateConfiguration(string ordinalCollation) : IEntityTypeConfiguration<LinkCandidate>
{
    public void Configure(EntityTypeBuilder<LinkCandidate> builder)
    {
        builder.ToTable("link_candidate");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.PersonId).HasMaxLength(40);
        builder.Property(c => c.OtherPersonId).HasMaxLength(40).UseCollation(ordinalCollation);
        builder.Property(c => c.PairKey).HasMaxLength(200).UseCollation(ordinalCollation);
        builder.Property(c => c.Kind).HasMaxLength(20);
        builder.Property(c => c.MemberState).HasMaxLength(2);
        builder.Property(c => c.ForeignRecordId).HasMaxLength(100);
        builder.Property(c => c.ForeignFamilyName).HasMaxLength(200);
        builder.Property(c => c.ForeignGivenName).HasMaxLength(200);
        builder.Property(c => c.ForeignBirthDate).HasMaxLength(10);
        builder.Property(c => c.ForeignSex).HasMaxLength(1);
        builder.Property(c => c.ForeignNationality).HasMaxLength(2);
        builder.Property(c => c.ForeignDocumentEnd).HasMaxLength(3);
        builder.Property(c => c.Mode).HasMaxLength(10);
        builder.Property(c => c.Band).HasMaxLength(10);
        builder.Property(c => c.Source).HasMaxLength(200);
        builder.Property(c => c.Status).HasMaxLength(20).UseCollation(ordinalCollation);
        builder.Property(c => c.DecidedBy).HasMaxLength(100);
        builder.HasIndex(c => c.PairKey).IsUnique();
        builder.HasIndex(c => new { c.Status, c.Weight });
        builder.HasIndex(c => c.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId);
    }
}

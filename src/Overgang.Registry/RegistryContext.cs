using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Registry.Storage;

namespace Overgang.Registry;

/// <summary>The registry's EF Core model, shared by both providers; each provider has its own subclass and migrations.</summary>
/// <remarks>
/// Money is stored as integer cents and dates as ISO text (SQLite) or <c>date</c> (PostgreSQL), so that ordering and
/// sums behave the same on both. Natural keys are used where the domain has them, so imports are idempotent.
/// </remarks>
public abstract class RegistryContext : DbContext
{
    private protected RegistryContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Where the changes committed through this context are recorded by the persons they touched (<see cref="RegistryDatabase.Open(FactJournal)"/>), if anywhere.</summary>
    internal FactJournal? Journal { get; init; }

    /// <summary>Where the audit key comes from; set by <see cref="RegistryDatabase.Open()"/>.</summary>
    internal Lazy<AuditKey>? AuditKeySource { get; set; }

    /// <summary>The key of the audit chain (outside the database: docs/audit.md), read or created on first use.</summary>
    /// <exception cref="InvalidOperationException">The context was not opened through <see cref="RegistryDatabase.Open()"/>.</exception>
    public AuditKey AuditKey => AuditKeySource?.Value ?? throw new InvalidOperationException("this registry context has no audit key: open it with RegistryDatabase.Open()");

    /// <summary>The collation that compares text byte by byte (ordinal), as batch runs sort their keys.</summary>
    /// <remarks>
    /// Every identifier and code that is a key, a reference or in an index has it (and the columns that refer to a key
    /// take the key's: <see cref="ReferencesCollateAsTheirKeys"/>), so that they sort the same on both databases and on
    /// any server, and PostgreSQL compares them by <c>memcmp</c> instead of the server locale's rules; display text
    /// (names, addresses, free text) keeps the database's collation (docs/adr/0019-identifiers-in-byte-order.md).
    /// </remarks>
    internal abstract string OrdinalCollation { get; }

    /// <summary>Municipalities.</summary>
    public DbSet<Municipality> Municipalities => Set<Municipality>();

    /// <summary>Reception locations.</summary>
    public DbSet<ReceptionLocation> Locations => Set<ReceptionLocation>();

    /// <summary>Persons.</summary>
    public DbSet<Person> Persons => Set<Person>();

    /// <summary>Responsible adults of persons.</summary>
    public DbSet<PersonParent> Parents => Set<PersonParent>();

    /// <summary>Partnerships that ended on a recorded day (a row for each partner).</summary>
    public DbSet<EndedPartnership> EndedPartnerships => Set<EndedPartnership>();

    /// <summary>Temporary protection registrations.</summary>
    public DbSet<ProtectionRegistration> Protections => Set<ProtectionRegistration>();

    /// <summary>Placements.</summary>
    public DbSet<Placement> Placements => Set<Placement>();

    /// <summary>Absences from the reception location.</summary>
    public DbSet<Absence> Absences => Set<Absence>();

    /// <summary>Monthly incomes.</summary>
    public DbSet<PersonIncome> Incomes => Set<PersonIncome>();

    /// <summary>Return commitments.</summary>
    public DbSet<ReturnCommitment> ReturnCommitments => Set<ReturnCommitment>();

    /// <summary>Exploratory visits of return-programme participants.</summary>
    public DbSet<ReturnVisit> ReturnVisits => Set<ReturnVisit>();

    /// <summary>Courses of return-programme participants.</summary>
    public DbSet<ReturnCourse> ReturnCourses => Set<ReturnCourse>();

    /// <summary>Withdrawals from the return programme.</summary>
    public DbSet<ReturnWithdrawal> ReturnWithdrawals => Set<ReturnWithdrawal>();

    /// <summary>Confirmed departures of return-programme participants.</summary>
    public DbSet<ReturnDeparture> ReturnDepartures => Set<ReturnDeparture>();

    /// <summary>Other residence permits.</summary>
    public DbSet<OtherPermit> OtherPermits => Set<OtherPermit>();

    /// <summary>Transitional stays the IND decided (issue 16).</summary>
    public DbSet<TransitionalStayRecord> TransitionalStays => Set<TransitionalStayRecord>();

    /// <summary>Batch runs.</summary>
    public DbSet<BatchRun> Runs => Set<BatchRun>();

    /// <summary>The chunks of batch runs shared by several workers.</summary>
    public DbSet<RunChunk> RunChunks => Set<RunChunk>();

    /// <summary>Transition decisions as stored: <see cref="DecisionRecord.ParameterVersion"/> is <c>null</c> where it is the run's (read it through <see cref="DecisionsWithVersion"/>).</summary>
    public DbSet<DecisionRecord> Decisions => Set<DecisionRecord>();

    /// <summary>
    /// Transition decisions with the parameter version each was made with: its own where it has one, else its run's
    /// (migration <c>RunRows</c> keeps the run's version once, on the run). For every reader that shows or returns the
    /// version (case file, a person's own page, the API). Not tracked.
    /// </summary>
    public IQueryable<DecisionRecord> DecisionsWithVersion =>
        from d in Set<DecisionRecord>()
        join r in Set<BatchRun>() on d.RunId equals r.Id into runs
        from r in runs.DefaultIfEmpty()
        select new DecisionRecord
        {
            RunId = d.RunId,
            PersonId = d.PersonId,
            Date = d.Date,
            Path = d.Path,
            Status = d.Status,
            ValidFrom = d.ValidFrom,
            ValidUntil = d.ValidUntil,
            Stored = d.Stored,
            Explanation = d.Explanation,
            ParameterVersion = d.ParameterVersion ?? (r == null ? null : r.ParameterVersion),
        };

    /// <summary>Monthly payments per household.</summary>
    public DbSet<PaymentRecord> Payments => Set<PaymentRecord>();

    /// <summary>Tasks.</summary>
    public DbSet<CaseTask> Tasks => Set<CaseTask>();

    /// <summary>
    /// The audit log as its entries say it: each stored row with its actor, action and reason texts, and a batch run's
    /// data (read from <see cref="AuditTexts"/> by their numbers), for every reader (verification, the case file's history, tests). Not tracked.
    /// </summary>
    /// <remarks>A number without a text reads as an empty text, which verification reports as a changed entry.</remarks>
    public IQueryable<AuditEntry> Audit =>
        from e in Set<AuditEntry>()
        join actor in Set<AuditText>() on e.ActorText equals actor.Id into actors
        from actor in actors.DefaultIfEmpty()
        join action in Set<AuditText>() on e.ActionText equals action.Id into actions
        from action in actions.DefaultIfEmpty()
        join reason in Set<AuditText>() on e.ReasonText equals reason.Id into reasons
        from reason in reasons.DefaultIfEmpty()
        join data in Set<AuditText>() on e.DataText equals (int?)data.Id into datas
        from data in datas.DefaultIfEmpty()
        select new AuditEntry
        {
            Sequence = e.Sequence,
            At = e.At,
            Actor = actor == null ? "" : actor.Text,
            Action = action == null ? "" : action.Text,
            Subject = e.Subject,
            Reason = reason == null ? "" : reason.Text,
            Data = e.DataText == null ? e.StoredData! : data == null ? "" : data.Text,
            Hash = e.Hash,
            KeyVersion = e.KeyVersion,
            ActorText = e.ActorText,
            ActionText = e.ActionText,
            ReasonText = e.ReasonText,
            StoredData = e.StoredData,
            DataText = e.DataText,
        };

    /// <summary>
    /// The audit log's stored rows, to append to (through <see cref="AuditChain"/>) and to find the head by: their actor,
    /// action and reason are numbers here, the texts empty; read entries through <see cref="Audit"/>.
    /// </summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The texts audit entries share, by number (<see cref="AuditText"/>).</summary>
    public DbSet<AuditText> AuditTexts => Set<AuditText>();

    /// <summary>Local accounts of the web application.</summary>
    public DbSet<Account> Accounts => Set<Account>();

    /// <summary>Entered and amended monitor scorecard scores, one row per version.</summary>
    public DbSet<ScorecardEntry> ScorecardEntries => Set<ScorecardEntry>();

    /// <summary>Pairs record linkage found, for a person to decide (docs/linkage.md).</summary>
    public DbSet<LinkCandidate> LinkCandidates => Set<LinkCandidate>();

    /// <summary>Changes persons reported on their own page, as tasks for their municipality's case workers.</summary>
    public DbSet<ReportedChange> ReportedChanges => Set<ReportedChange>();

    /// <summary>Municipalities' contact details as administrators recorded them.</summary>
    public DbSet<MunicipalityContact> MunicipalityContacts => Set<MunicipalityContact>();

    /// <summary>Target-group periods of reception locations.</summary>
    public DbSet<LocationTargetGroup> LocationTargetGroups => Set<LocationTargetGroup>();

    /// <summary>Inspections of reception locations against the quality checklist.</summary>
    public DbSet<LocationInspection> Inspections => Set<LocationInspection>();

    /// <summary>The findings of inspections, per criterion.</summary>
    public DbSet<InspectionFinding> InspectionFindings => Set<InspectionFinding>();

    /// <summary>Complaints about reception locations and their handling.</summary>
    public DbSet<LocationComplaint> Complaints => Set<LocationComplaint>();

    /// <summary>Planned conversions of places into housing.</summary>
    public DbSet<LocationConversion> Conversions => Set<LocationConversion>();

    /// <summary>Reported occupancy of locations by status holders and asylum seekers.</summary>
    public DbSet<LocationOccupancy> ReportedOccupancy => Set<LocationOccupancy>();

    /// <summary>Outstanding actions assigned to IND employees in the work queue.</summary>
    public DbSet<WorkAssignment> WorkAssignments => Set<WorkAssignment>();

    /// <summary>Review flags marked as reviewed in the work queue.</summary>
    public DbSet<FlagReview> FlagReviews => Set<FlagReview>();

    /// <summary>The registry's revision (one row).</summary>
    public DbSet<RegistryRevision> Revision => Set<RegistryRevision>();

    /// <inheritdoc/>
    /// <remarks>
    /// A change of the facts the runs read raises the registry's revision, and a change of the other rows the pages show
    /// (runs, tasks, quality: <see cref="RegistryActivity"/>) its activity, in the same transaction.
    /// </remarks>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var (facts, areas, activity, audit) = Changes();
        if (!facts && !activity && audit.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        // The facts first, the revision and the activity last, as the bulk writers do: concurrent writers lock in the same order.
        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        Storage.AuditTexts.Number(this, audit);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        Dictionary<FactArea, long>? raised = null;
        if (facts)
        {
            RunFingerprint.Bump(this);
            raised = FactAreas.Raise(this, areas.Keys);
        }

        if (activity)
        {
            RegistryActivity.Raise(this);
        }

        if (own is not null)
        {
            own.Commit();
            Record(raised, areas);
        }

        return saved;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// A change of the facts the runs read raises the registry's revision, and a change of the other rows the pages show
    /// (runs, tasks, quality: <see cref="RegistryActivity"/>) its activity, in the same transaction.
    /// </remarks>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var (facts, areas, activity, audit) = Changes();
        if (!facts && !activity && audit.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        try
        {
            Storage.AuditTexts.Number(this, audit);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
            Dictionary<FactArea, long>? raised = null;
            if (facts)
            {
                await RunFingerprint.BumpAsync(this, cancellationToken).ConfigureAwait(false);
                raised = await FactAreas.RaiseAsync(this, areas.Keys, cancellationToken).ConfigureAwait(false);
            }

            if (activity)
            {
                await RegistryActivity.RaiseAsync(this, cancellationToken).ConfigureAwait(false);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken).ConfigureAwait(false);
                Record(raised, areas);
            }

            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Records a committed change in <see cref="Journal"/>: only a change in its own transaction, which has committed when
    /// this is called (in a caller's transaction it might still be rolled back, and its counter values made again by another).
    /// </summary>
    private void Record(Dictionary<FactArea, long>? raised, Dictionary<FactArea, HashSet<string>?> touched)
    {
        if (Journal is not null && raised is not null)
        {
            Journal.Record(raised, touched);
        }
    }

    /// <summary>
    /// Whether the tracked changes touch a fact the runs read (anything but runs, their results, the audit log, accounts
    /// and keys), which parts of the facts they touch (<see cref="FactAreas"/>), and whether they touch the registry's
    /// activity (<see cref="RegistryActivity"/>).
    /// </summary>
    /// <remarks>Per area touched, the persons whose facts the changed rows are about (<see cref="FactAreas.PersonOf"/>), <c>null</c> when a row may touch anyone's.</remarks>
    private (bool Facts, Dictionary<FactArea, HashSet<string>?> Areas, bool Activity, List<AuditEntry> Audit) Changes()
    {
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }

        bool facts = false, activity = false;
        var areas = new Dictionary<FactArea, HashSet<string>?>();
        var audit = new List<AuditEntry>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry is { Entity: AuditEntry added, State: EntityState.Added })
            {
                audit.Add(added);
            }

            if (RegistryActivity.Counts(entry.Entity))
            {
                activity = true;
            }
            else if (entry.Entity is not (AuditEntry or AuditText or Account or RegistryRevision or DataProtectionKey or Overgang.Registry.Model.ExplanationTexts))
            {
                facts = true;
                foreach (var area in FactAreas.Touched(entry))
                {
                    var person = FactAreas.PersonOf(entry);
                    var persons = areas.TryGetValue(area, out var known) ? known : areas[area] = [];
                    if (person is null)
                    {
                        areas[area] = null;
                    }
                    else
                    {
                        persons?.Add(person);
                    }
                }
            }
        }

        return (facts, areas, activity, audit);
    }

    /// <summary>The tables of texts stored decisions and payments are worded with, by content hash.</summary>
    public DbSet<ExplanationTexts> ExplanationTexts => Set<ExplanationTexts>();

    /// <summary>The web application's data-protection keys (cookies and bearer tokens), kept with the registry they belong to.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Municipality>(e =>
        {
            e.ToTable("municipality");
            e.HasKey(m => m.Code);
            e.Property(m => m.Code).HasMaxLength(8).UseCollation(OrdinalCollation);
            e.Property(m => m.Name).HasMaxLength(100);
        });
        modelBuilder.Entity<ReceptionLocation>(e =>
        {
            e.ToTable("reception_location");
            e.HasKey(l => l.Id);
            e.Property(l => l.Id).HasMaxLength(40).UseCollation(OrdinalCollation);
            e.Property(l => l.Kind).HasMaxLength(20);
            e.HasOne<Municipality>().WithMany().HasForeignKey(l => l.MunicipalityCode);
        });
        modelBuilder.Entity<Person>(e =>
        {
            e.ToTable("person");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).HasMaxLength(40).UseCollation(OrdinalCollation);
            e.Property(p => p.PartnerId).UseCollation(OrdinalCollation);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasOne<Municipality>().WithMany().HasForeignKey(p => p.MunicipalityCode);
            // Batch runs select chunks by ranges of household keys in ordinal order; a byte-order collation on the
            // column lets the index serve those ranges on both databases.
            e.Property(p => p.HouseholdId).UseCollation(OrdinalCollation);
            e.HasIndex(p => p.HouseholdId);
            // With the id: a municipality's persons read from the index alone (the dashboard's and the queue's subqueries).
            e.HasIndex(p => new { p.MunicipalityCode, p.Id });
            e.HasIndex(p => new { p.FamilyName, p.GivenName });
            // Search (issue 14): name keys, date of birth and the reference numbers, each served by an index.
            e.Property(p => p.FamilyNameKey).HasMaxLength(100).UseCollation(OrdinalCollation);
            e.Property(p => p.GivenNameKey).HasMaxLength(100).UseCollation(OrdinalCollation);
            e.Property(p => p.Bsn).HasMaxLength(PersonNumbers.BsnLength).UseCollation(OrdinalCollation);
            e.Property(p => p.VNumber).HasMaxLength(PersonNumbers.VNumberLength).UseCollation(OrdinalCollation);
            e.HasIndex(p => new { p.FamilyNameKey, p.GivenNameKey });
            e.HasIndex(p => p.GivenNameKey);
            e.HasIndex(p => p.BirthDate);
            e.HasIndex(p => p.Bsn).IsUnique();
            e.HasIndex(p => p.VNumber).IsUnique();
        });
        modelBuilder.Entity<PersonParent>(e =>
        {
            e.ToTable("person_parent");
            // A pair's periods (docs/adr/0014-dated-relations.md); the person first, so "the parents of these persons" reads the key.
            e.HasKey(p => new { p.PersonId, p.ParentId, p.Period });
            e.Property(p => p.ParentId).UseCollation(OrdinalCollation);
            e.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId);
        });
        modelBuilder.Entity<EndedPartnership>(e =>
        {
            e.ToTable("ended_partnership");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.PersonId, r.To });
            e.Property(r => r.PartnerId).UseCollation(OrdinalCollation);
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId);
        });
        modelBuilder.Entity<ProtectionRegistration>(e =>
        {
            e.ToTable("protection");
            e.HasKey(p => p.Id);
            e.HasIndex(p => new { p.PersonId, p.MemberState, p.Since }).IsUnique();
            e.Property(p => p.MemberState).UseCollation(OrdinalCollation);
            e.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId);
        });
        modelBuilder.Entity<Placement>(e =>
        {
            e.ToTable("placement");
            e.HasKey(p => p.Id);
            e.HasIndex(p => new { p.PersonId, p.From }).IsUnique();
            e.HasIndex(p => p.LocationId);
            e.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId);
            e.HasOne<ReceptionLocation>().WithMany().HasForeignKey(p => p.LocationId);
        });
        modelBuilder.Entity<Absence>(e =>
        {
            e.ToTable("absence");
            e.HasKey(a => a.Id);
            e.HasIndex(a => new { a.PersonId, a.From }).IsUnique();
            e.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId);
        });
        modelBuilder.Entity<ScorecardEntry>(e =>
        {
            e.ToTable("scorecard_entry");
            e.HasKey(s => s.Id);
            e.Property(s => s.Period).HasMaxLength(16).UseCollation(OrdinalCollation);
            e.Property(s => s.Domain).HasMaxLength(64).UseCollation(OrdinalCollation);
            e.Property(s => s.Factor).HasMaxLength(64).UseCollation(OrdinalCollation);
            e.Property(s => s.Indicator).HasMaxLength(64).UseCollation(OrdinalCollation);
            e.Property(s => s.Justification).HasMaxLength(2000);
            e.Property(s => s.Reason).HasMaxLength(500);
            e.Property(s => s.Actor).HasMaxLength(200);
            e.HasIndex(s => new { s.Period, s.Domain, s.Factor, s.Indicator, s.Version }).IsUnique();
        });
        modelBuilder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("data_protection_key");
            e.HasKey(k => k.Id);
            e.Property(k => k.FriendlyName).HasMaxLength(100);
        });
        modelBuilder.Entity<PersonIncome>(e =>
        {
            // One row a person with its months packed (migration PackedIncomes), not one a person and month.
            e.ToTable("person_income");
            e.HasKey(i => i.PersonId);
            e.Property(i => i.Months).HasConversion<IncomePacking>();
            e.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId);
        });
        modelBuilder.Entity<ReturnCommitment>(e =>
        {
            e.ToTable("return_commitment");
            e.HasKey(r => r.PersonId);
            e.Property(r => r.Package).HasMaxLength(100);
            e.Property(r => r.Version).IsConcurrencyToken();
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId);
        });
        modelBuilder.Entity<ReturnVisit>(e =>
        {
            e.ToTable("return_visit");
            e.HasKey(v => v.Id);
            e.HasIndex(v => new { v.PersonId, v.From }).IsUnique();
            e.HasOne<Person>().WithMany().HasForeignKey(v => v.PersonId);
        });
        modelBuilder.Entity<ReturnCourse>(e =>
        {
            e.ToTable("return_course");
            e.HasKey(c => c.Id);
            e.Property(c => c.Kind).HasMaxLength(20).UseCollation(OrdinalCollation);
            e.HasIndex(c => new { c.PersonId, c.Kind, c.From }).IsUnique();
            e.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId);
        });
        modelBuilder.Entity<ReturnWithdrawal>(e =>
        {
            e.ToTable("return_withdrawal");
            e.HasKey(w => w.PersonId);
            e.Property(w => w.By).HasMaxLength(20);
            e.HasOne<Person>().WithMany().HasForeignKey(w => w.PersonId);
        });
        modelBuilder.Entity<ReturnDeparture>(e =>
        {
            e.ToTable("return_departure");
            e.HasKey(d => d.PersonId);
            e.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId);
        });
        modelBuilder.Entity<OtherPermit>(e =>
        {
            e.ToTable("other_permit");
            e.HasKey(p => p.PersonId);
            e.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId);
        });
        modelBuilder.Entity<TransitionalStayRecord>(e =>
        {
            e.ToTable("transitional_stay");
            e.HasKey(s => s.Id);
            e.Property(s => s.PersonId).HasMaxLength(40);
            e.Property(s => s.Kind).HasMaxLength(20).UseCollation(OrdinalCollation);
            e.Property(s => s.Reason).HasMaxLength(TransitionalStayRecord.ReasonMaximum);
            e.Property(s => s.DecidedBy).HasMaxLength(64);
            e.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId);
            e.HasIndex(s => new { s.PersonId, s.From, s.Kind }).IsUnique();
            e.HasIndex(s => s.Until);
        });
        modelBuilder.Entity<BatchRun>(e =>
        {
            e.ToTable("batch_run");
            e.HasKey(r => r.Id);
            e.Property(r => r.Fingerprint).HasMaxLength(200);
            e.Property(r => r.Kind).UseCollation(OrdinalCollation);
            // The household key a run got to: compared with the keys (in byte order) when a run resumes.
            e.Property(r => r.LastKey).UseCollation(OrdinalCollation);
            e.HasIndex(r => new { r.Kind, r.Number });
        });
        modelBuilder.Entity<RunChunk>(e =>
        {
            e.ToTable("run_chunk");
            e.HasKey(c => new { c.RunId, c.Index });
            e.HasOne<BatchRun>().WithMany().HasForeignKey(c => c.RunId);
            e.Property(c => c.Status).HasMaxLength(10);
            e.Property(c => c.LeasedBy).HasMaxLength(200);
            // A chunk's household keys: the range of keys its persons are read by, in byte order.
            e.Property(c => c.FirstKey).UseCollation(OrdinalCollation);
            e.Property(c => c.LastKey).UseCollation(OrdinalCollation);
        });
        modelBuilder.Entity<RegistryRevision>(e =>
        {
            e.ToTable("registry_revision");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).ValueGeneratedNever();
            e.HasData(new RegistryRevision { Id = 1, Value = 0 });
        });
        // A run's results (decision, payment, task) have no foreign key to batch_run: a run writes only rows of the run it
        // holds (its row read and locked in each chunk's transaction), runs are never deleted, and a key checked for every
        // row was a quarter of PostgreSQL's work in a decisions run (docs/adr/0017-run-results-without-foreign-keys.md;
        // RunRows.Orphans finds rows without their run).
        modelBuilder.Entity<DecisionRecord>(e =>
        {
            e.ToTable("decision");
            e.HasKey(d => new { d.RunId, d.PersonId });
            e.Property(d => d.PersonId).UseCollation(OrdinalCollation);
            // With the status: a person's latest decision's status read from the index alone (search and dashboard).
            e.HasIndex(d => new { d.PersonId, d.RunId, d.Status });
            // Path and status as small numbers, in the row and in the index (migration RunRows).
            e.Property(d => d.Path).HasConversion<DecisionCodes.Path>();
            e.Property(d => d.Status).HasConversion<DecisionCodes.Status>();
        });
        modelBuilder.Entity<ExplanationTexts>(e =>
        {
            e.ToTable("explanation_texts");
            e.HasKey(t => t.Key);
            e.Property(t => t.Key).HasMaxLength(16).UseCollation(OrdinalCollation);
        });
        modelBuilder.Entity<PaymentRecord>(e =>
        {
            e.ToTable("payment");
            e.HasKey(p => new { p.RunId, p.HouseholdId });
            e.Property(p => p.HouseholdId).UseCollation(OrdinalCollation);
            e.Property(p => p.MunicipalityCode).UseCollation(OrdinalCollation);
            e.Property(p => p.Provision).HasMaxLength(20);
        });
        modelBuilder.Entity<CaseTask>(e =>
        {
            e.ToTable("task");
            e.HasKey(t => t.Id);
            // The work queue: a run's open actions by owner, in due order, without reading the decisions.
            e.HasIndex(t => new { t.RunId, t.Kind, t.Owner, t.Status, t.Due, t.PersonId });
            // A municipality's share of it (the case worker's dashboard and queue): from its persons to their open tasks; its
            // first column also serves every query of a person's tasks (an index on person and status alone was dropped
            // in migration CompactStorage: 26 bytes a task that no query needed).
            e.HasIndex(t => new { t.PersonId, t.RunId, t.Owner, t.Status, t.Kind, t.Due });
            e.Property(t => t.PersonId).UseCollation(OrdinalCollation);
            e.Property(t => t.Code).HasMaxLength(48).UseCollation(OrdinalCollation);
            // Kind, owner and status as small numbers, in the row and in both indexes (migration TaskCodes).
            e.Property(t => t.Kind).HasConversion<TaskCodes.Kind>();
            e.Property(t => t.Owner).HasConversion<TaskCodes.Owner>();
            e.Property(t => t.Status).HasConversion<TaskCodes.Status>();
        });
        modelBuilder.ApplyConfiguration(new Linkage.LinkCandidateConfiguration(OrdinalCollation));
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entry");
            e.HasKey(a => a.Sequence);
            e.Property(a => a.Sequence).ValueGeneratedNever();
            e.Property(a => a.Subject).UseCollation(OrdinalCollation);
            e.HasIndex(a => a.Subject);
            // The 32 bytes of the hash, not its 64 hex characters (migration CompactStorage); read back as the same hex.
            e.Property(a => a.Hash).HasConversion<AuditHashBytes>();
            // Actor, action and reason by the number of their text (migration AuditTexts): RegistryContext.Audit reads them.
            e.Ignore(a => a.Actor);
            e.Ignore(a => a.Action);
            e.Ignore(a => a.Reason);
            // A batch run's data by the number of its text too (migration AuditData); any other data as it is, in "Data".
            e.Ignore(a => a.Data);
            e.Property(a => a.StoredData).HasColumnName("Data").IsRequired();
        });
        modelBuilder.Entity<AuditText>(e =>
        {
            e.ToTable("audit_text");
            e.HasKey(t => t.Id);
            // A text is found by itself when an entry is appended (the index serves that equality), never listed in its order.
            e.Property(t => t.Text).UseCollation(OrdinalCollation);
            e.HasIndex(t => t.Text).IsUnique();
        });
        modelBuilder.Entity<Account>(e =>
        {
            e.ToTable("account");
            e.HasKey(a => a.UserName);
            e.Property(a => a.UserName).HasMaxLength(64).UseCollation(OrdinalCollation);
            e.Property(a => a.Role).HasMaxLength(20);
            e.Property(a => a.SecurityStamp).HasMaxLength(64);
            e.HasOne<Municipality>().WithMany().HasForeignKey(a => a.MunicipalityCode);
            e.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId);
        });
        modelBuilder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("data_protection_key");
            e.HasKey(k => k.Id);
            e.Property(k => k.FriendlyName).HasMaxLength(100);
        });
        modelBuilder.Entity<ReportedChange>(e =>
        {
            e.ToTable("reported_change");
            e.HasKey(c => c.Id);
            e.Property(c => c.PersonId).HasMaxLength(40);
            e.Property(c => c.HouseholdId).HasMaxLength(40).UseCollation(OrdinalCollation);
            e.Property(c => c.MunicipalityCode).HasMaxLength(8);
            e.Property(c => c.Kind).HasMaxLength(20);
            e.Property(c => c.Text).HasMaxLength(ReportedChange.TextMaximum);
            e.Property(c => c.Language).HasMaxLength(2);
            e.Property(c => c.Status).HasMaxLength(10).UseCollation(OrdinalCollation);
            e.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId);
            e.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityCode);
            e.HasIndex(c => new { c.MunicipalityCode, c.Status });
            e.HasIndex(c => c.HouseholdId);
            e.HasIndex(c => c.PersonId);
        });
        modelBuilder.Entity<MunicipalityContact>(e =>
        {
            e.ToTable("municipality_contact");
            e.HasKey(c => c.MunicipalityCode);
            e.Property(c => c.MunicipalityCode).HasMaxLength(8);
            e.Property(c => c.Address).HasMaxLength(300);
            e.Property(c => c.Phone).HasMaxLength(60);
            e.Property(c => c.Website).HasMaxLength(300);
            e.Property(c => c.OpeningHours).HasMaxLength(300);
            e.Property(c => c.Source).HasMaxLength(500);
            e.Property(c => c.ChangedBy).HasMaxLength(64);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityCode);
        });
        ConfigureQuality(modelBuilder);
        ConfigureWorkQueue(modelBuilder);
        ReferencesCollateAsTheirKeys(modelBuilder);
    }

    /// <summary>
    /// The columns of every foreign key take the collation of the key they reference: a person's id compares byte by byte
    /// in every table that refers to the person, as in <c>person</c> itself (docs/adr/0019-identifiers-in-byte-order.md).
    /// </summary>
    private static void ReferencesCollateAsTheirKeys(ModelBuilder modelBuilder)
    {
        // Again until nothing changes: a reference may itself be referenced (a location's id, an inspection's location, its findings').
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var reference in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetForeignKeys()))
            {
                foreach (var (column, key) in reference.Properties.Zip(reference.PrincipalKey.Properties))
                {
                    if (key.GetCollation() is { } collation && column.GetCollation() != collation)
                    {
                        column.SetCollation(collation);
                        changed = true;
                    }
                }
            }
        }
    }

    /// <summary>The work queue's assignments and flag reviews (issue 14).</summary>
    private void ConfigureWorkQueue(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkAssignment>(e =>
        {
            e.ToTable("work_assignment");
            e.HasKey(a => new { a.PersonId, a.ActionCode });
            e.Property(a => a.PersonId).HasMaxLength(40);
            e.Property(a => a.ActionCode).HasMaxLength(48).UseCollation(OrdinalCollation);
            // An account's user name (Account.UserName's collation).
            e.Property(a => a.AssignedTo).HasMaxLength(64).UseCollation(OrdinalCollation);
            e.Property(a => a.AssignedBy).HasMaxLength(200);
            e.HasIndex(a => a.AssignedTo);
            e.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId);
        });
        modelBuilder.Entity<FlagReview>(e =>
        {
            e.ToTable("flag_review");
            e.HasKey(r => new { r.PersonId, r.Flag });
            e.Property(r => r.PersonId).HasMaxLength(40);
            e.Property(r => r.Flag).HasMaxLength(40).UseCollation(OrdinalCollation);
            e.Property(r => r.ReviewedBy).HasMaxLength(200);
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId);
        });
    }

    /// <summary>The tables of location quality and target groups (issue 16).</summary>
    private void ConfigureQuality(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LocationTargetGroup>(e =>
        {
            e.ToTable("location_target_group");
            e.HasKey(g => g.Id);
            e.Property(g => g.LocationId).HasMaxLength(40);
            e.Property(g => g.TargetGroup).HasMaxLength(20).UseCollation(OrdinalCollation);
            e.HasIndex(g => new { g.LocationId, g.TargetGroup, g.From }).IsUnique();
            e.HasOne<ReceptionLocation>().WithMany().HasForeignKey(g => g.LocationId);
        });
        modelBuilder.Entity<LocationInspection>(e =>
        {
            e.ToTable("location_inspection");
            e.HasKey(i => i.Id);
            e.Property(i => i.LocationId).HasMaxLength(40);
            e.Property(i => i.Inspector).HasMaxLength(200);
            e.Property(i => i.Notes).HasMaxLength(LocationInspection.NotesMaximum);
            e.Property(i => i.RecordedBy).HasMaxLength(64);
            e.Property(i => i.Version).IsConcurrencyToken();
            e.HasIndex(i => new { i.LocationId, i.InspectedOn }).IsUnique();
            e.HasOne<ReceptionLocation>().WithMany().HasForeignKey(i => i.LocationId);
        });
        modelBuilder.Entity<InspectionFinding>(e =>
        {
            e.ToTable("inspection_finding");
            e.HasKey(f => new { f.LocationId, f.InspectedOn, f.CriterionId });
            e.Property(f => f.LocationId).HasMaxLength(40);
            e.Property(f => f.CriterionId).HasMaxLength(60).UseCollation(OrdinalCollation);
            e.Property(f => f.Result).HasMaxLength(20);
            e.HasOne<LocationInspection>().WithMany().HasForeignKey(f => new { f.LocationId, f.InspectedOn }).HasPrincipalKey(i => new { i.LocationId, i.InspectedOn });
        });
        modelBuilder.Entity<LocationComplaint>(e =>
        {
            e.ToTable("location_complaint");
            e.HasKey(c => c.Id);
            e.Property(c => c.Reference).HasMaxLength(40).UseCollation(OrdinalCollation);
            e.HasIndex(c => c.Reference).IsUnique();
            e.Property(c => c.LocationId).HasMaxLength(40);
            e.Property(c => c.Category).HasMaxLength(20);
            e.Property(c => c.Language).HasMaxLength(2);
            e.Property(c => c.Text).HasMaxLength(LocationComplaint.TextMaximum);
            e.Property(c => c.Status).HasMaxLength(20);
            e.Property(c => c.Outcome).HasMaxLength(20);
            e.Property(c => c.ChangedBy).HasMaxLength(64);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasIndex(c => new { c.LocationId, c.ReceivedOn });
            e.HasOne<ReceptionLocation>().WithMany().HasForeignKey(c => c.LocationId);
        });
        modelBuilder.Entity<LocationConversion>(e =>
        {
            e.ToTable("location_conversion");
            e.HasKey(c => c.Id);
            e.Property(c => c.LocationId).HasMaxLength(40);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasIndex(c => new { c.LocationId, c.PlannedOn }).IsUnique();
            e.HasOne<ReceptionLocation>().WithMany().HasForeignKey(c => c.LocationId);
        });
        modelBuilder.Entity<LocationOccupancy>(e =>
        {
            e.ToTable("location_occupancy");
            e.HasKey(o => new { o.LocationId, o.Date, o.TargetGroup });
            e.Property(o => o.LocationId).HasMaxLength(40);
            e.Property(o => o.TargetGroup).HasMaxLength(20).UseCollation(OrdinalCollation);
            e.HasOne<ReceptionLocation>().WithMany().HasForeignKey(o => o.LocationId);
        });
    }
}

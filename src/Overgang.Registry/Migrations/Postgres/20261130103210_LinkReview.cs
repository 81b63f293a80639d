using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LinkReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "link_candidate",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PairKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OtherPersonId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    MemberState = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    ForeignRecordId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ForeignSince = table.Column<LocalDate>(type: "date", nullable: true),
                    ForeignFamilyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ForeignGivenName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ForeignBirthDate = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ForeignSex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    ForeignNationality = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Mode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    Probability = table.Column<double>(type: "double precision", nullable: false),
                    Band = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FoundAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_link_candidate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_link_candidate_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_link_candidate_PairKey",
                table: "link_candidate",
                column: "PairKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_link_candidate_PersonId",
                table: "link_candidate",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_link_candidate_Status_Weight",
                table: "link_candidate",
                columns: new[] { "Status", "Weight" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "link_candidate");
        }
    }
}

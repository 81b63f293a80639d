using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PaymentProvision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HandOver",
                table: "payment",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<LocalDate>(
                name: "HealthInsuranceFrom",
                table: "payment",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HealthInsuranceInsured",
                table: "payment",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HealthInsurancePremiumCents",
                table: "payment",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Provision",
                table: "payment",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SocialAssistanceCents",
                table: "payment",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HandOver",
                table: "payment");

            migrationBuilder.DropColumn(
                name: "HealthInsuranceFrom",
                table: "payment");

            migrationBuilder.DropColumn(
                name: "HealthInsuranceInsured",
                table: "payment");

            migrationBuilder.DropColumn(
                name: "HealthInsurancePremiumCents",
                table: "payment");

            migrationBuilder.DropColumn(
                name: "Provision",
                table: "payment");

            migrationBuilder.DropColumn(
                name: "SocialAssistanceCents",
                table: "payment");
        }
    }
}

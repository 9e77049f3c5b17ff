-- AlterEnum
ALTER TYPE "PricingUnit" ADD VALUE 'PER_1000_CHARS';

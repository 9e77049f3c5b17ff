-- drop "subscription_addon_rate_card_item_links" table
DROP TABLE "subscription_addon_rate_card_item_links";
-- drop "subscription_addon_rate_cards" table
DROP TABLE "subscription_addon_rate_cards";

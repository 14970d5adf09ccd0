"""Group-product suggestions under art. 5.4.4: catalogue, facts, triggers and the rules that
decide. Pure: plain values in, a Decision with its reason out. The store and Rasa stay outside."""
